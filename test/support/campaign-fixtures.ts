import {
  Campaign,
  Contact,
  ContactDatabase,
  Disposition,
  DispositionOption,
  Form,
  User,
  type Orm,
} from '@switchboard/schema';
import { graphql, ok, type GraphQLResult } from './graphql-client.js';
import { unique } from './factories.js';

/** GraphQL calls as one user. */
export function as(url: string, token: string) {
  return <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> =>
    graphql<T>(url, query, variables, token);
}

/** A contact database written straight to the database (its API belongs to the contacts domain). */
export async function createContactDatabase(
  orm: Orm,
  columns = ['phone', 'mobile', 'name', 'surname', 'notes'],
  phoneColumns = ['phone', 'mobile'],
  /** Who created it, and so reaches it without a campaign; none by default (CAMPAIGNS_ALL only). */
  createdBy: { id: string } | null = null,
): Promise<ContactDatabase> {
  const em = orm.em.fork();
  const database = Object.assign(new ContactDatabase(), {
    name: unique('contacts'),
    columns,
    phoneColumns,
    createdBy: createdBy ? em.getReference(User, createdBy.id) : null,
  });
  await em.persist(database).flush();
  return database;
}

export async function createForm(orm: Orm): Promise<Form> {
  const em = orm.em.fork();
  const form = Object.assign(new Form(), { name: unique('form') });
  await em.persist(form).flush();
  return form;
}

/** A contact dispositioned with an option: what makes the option "used". */
export async function recordDisposition(orm: Orm, campaignId: string, optionId: string): Promise<void> {
  const em = orm.em.fork();
  const campaign = await em.findOneOrFail(Campaign, { id: campaignId }, { populate: ['contactDatabase'] });
  const database = campaign.contactDatabase ?? (await createContactDatabase(orm));
  const contact = Object.assign(new Contact(), {
    database: em.getReference(ContactDatabase, database.id),
    phone: '+5491100000000',
  });
  const disposition = Object.assign(new Disposition(), {
    campaign,
    contact,
    option: em.getReference(DispositionOption, optionId),
  });
  await em.persist([contact, disposition]).flush();
}

export const CAMPAIGN_FIELDS = `id name type state isTemplate interactionType externalUrl objective
  contactDatabase { id } template { id name } deletedAt blockedContactFields hiddenContactFields
  queue { strategy maxCalls wrapUpSeconds ringSeconds musicOnHold dialTimeoutSeconds }
  callingWindow { timeZone startDate endDate rules { weekdays startTime endTime } }`;

export const CREATE_CAMPAIGN = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;

/** A campaign through the API, by the given user; returns its id. */
export async function createCampaignAs(
  run: ReturnType<typeof as>,
  input: Record<string, unknown> = {},
): Promise<{ id: string; name: string }> {
  const data = ok(await run(CREATE_CAMPAIGN, { input: { name: unique('campaign'), type: 'MANUAL', ...input } }));
  return data.createCampaign;
}

/** A visible NO_ACTION option, so that a FORM campaign may be activated. */
export async function addOption(
  run: ReturnType<typeof as>,
  campaignId: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; name: string; hidden: boolean }> {
  const data = ok(
    await run(
      'mutation ($input: CreateDispositionOptionInput!) { createDispositionOption(input: $input) { id name hidden } }',
      { input: { campaignId, name: unique('option'), type: 'NO_ACTION', ...input } },
    ),
  );
  return data.createDispositionOption;
}
