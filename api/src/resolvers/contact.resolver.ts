import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  Connection,
  Contact,
  ContactDatabase,
  ContactFilter,
  PageArgs,
  contactForViewer,
  createContact,
  deleteContact,
  getContact,
  listCampaignContacts,
  listContacts,
  loadRelated,
  searchContactsByPhone,
  updateCampaignContact,
  updateContact,
} from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

const ContactConnection = Connection(Contact);

@Resolver(() => Contact)
export class ContactResolver {
  @Query(() => ContactConnection, { description: 'Contacts of a database; agents use campaignContacts.' })
  contacts(
    @Arg('databaseId', () => ID) databaseId: string,
    @Arg('filter', () => ContactFilter, { nullable: true }) filter: ContactFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return listContacts(domain(context), databaseId, filter, page);
  }

  @Query(() => Contact)
  contact(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return getContact(domain(context), id);
  }

  @Query(() => ContactConnection, {
    description: "Contacts of the campaign's database; agents get them without the fields the campaign hides.",
  })
  campaignContacts(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('filter', () => ContactFilter, { nullable: true }) filter: ContactFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return listCampaignContacts(domain(context), campaignId, filter, page);
  }

  @Query(() => [Contact], {
    description: "Contacts with this number in a phone column, in the viewer's databases (50 at most).",
  })
  searchContactsByPhone(@Arg('phone', () => String) phone: string, @Ctx() context: GraphQLContext) {
    return searchContactsByPhone(domain(context), phone);
  }

  @Mutation(() => Contact, { description: 'data: {column: value}; the main phone is required.' })
  createContact(
    @Arg('databaseId', () => ID) databaseId: string,
    @Arg('data', () => GraphQLJSONObject) data: Record<string, unknown>,
    @Ctx() context: GraphQLContext,
  ) {
    return createContact(domain(context), databaseId, data);
  }

  @Mutation(() => Contact, { description: 'Changes the given columns only; null or "" empties one.' })
  updateContact(
    @Arg('id', () => ID) id: string,
    @Arg('data', () => GraphQLJSONObject) data: Record<string, unknown>,
    @Ctx() context: GraphQLContext,
  ) {
    return updateContact(domain(context), id, data);
  }

  @Mutation(() => ID, { description: 'Returns the deleted id.' })
  async deleteContact(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    await deleteContact(domain(context), id);
    return id;
  }

  @Mutation(() => Contact, { description: "An agent's edit, within the campaign's blocked and hidden fields." })
  updateCampaignContact(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('contactId', () => ID) contactId: string,
    @Arg('data', () => GraphQLJSONObject) data: Record<string, unknown>,
    @Ctx() context: GraphQLContext,
  ) {
    return updateCampaignContact(domain(context), campaignId, contactId, data);
  }

  // Whatever path reaches a contact (a disposition, a callback...), agents never get hidden fields.
  @FieldResolver(() => GraphQLJSONObject, {
    description: 'Column name to value, without fields hidden from the viewer.',
  })
  async data(@Root() contact: Contact, @Ctx() context: GraphQLContext) {
    return (await contactForViewer(domain(context), contact)).data;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Main phone; null when hidden from the viewer.' })
  async phone(@Root() contact: Contact, @Ctx() context: GraphQLContext) {
    return (await contactForViewer(domain(context), contact)).phone;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null when its column is hidden from the viewer.' })
  async externalId(@Root() contact: Contact, @Ctx() context: GraphQLContext) {
    return (await contactForViewer(domain(context), contact)).externalId;
  }

  @FieldResolver(() => ContactDatabase)
  async database(@Root() contact: Contact) {
    return (await loadRelated(contact.database))!;
  }
}
