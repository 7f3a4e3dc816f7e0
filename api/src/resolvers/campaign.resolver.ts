import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import {
  Campaign,
  CampaignAction,
  CampaignAgent,
  CampaignAgentInput,
  CampaignFilter,
  CampaignSettingsInput,
  ContactDatabase,
  CreateCampaignInput,
  DispositionOption,
  ExternalSystem,
  OutboundRoute,
  RetryRule,
  UpdateCampaignInput,
  User,
  addAgentGroupToCampaign,
  campaignAgents,
  campaignDispositionOptions,
  campaignRetryRules,
  campaignService,
  campaignSupervisors,
  createCampaignFromTemplate,
  loadRelated,
  removeCampaignAgent,
  saveCampaignAsTemplate,
  setCampaignAgents,
  setCampaignSupervisors,
  transitionCampaign,
  visibleDatabase,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';
import { domain, type GraphQLContext } from '../graphql/context.js';

@Resolver(() => Campaign)
export class CampaignResolver extends createCrudResolver({
  type: Campaign,
  create: CreateCampaignInput,
  update: UpdateCampaignInput,
  filter: CampaignFilter,
  service: campaignService,
  singular: 'campaign',
  plural: 'campaigns',
}) {
  @Mutation(() => Campaign, { description: 'INACTIVE -> ACTIVE, once it has what it needs to run.' })
  activateCampaign(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return transitionCampaign(domain(context), id, CampaignAction.ACTIVATE);
  }

  @Mutation(() => Campaign, { description: 'ACTIVE -> PAUSED.' })
  pauseCampaign(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return transitionCampaign(domain(context), id, CampaignAction.PAUSE);
  }

  @Mutation(() => Campaign, { description: 'PAUSED -> ACTIVE.' })
  resumeCampaign(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return transitionCampaign(domain(context), id, CampaignAction.RESUME);
  }

  @Mutation(() => Campaign, { description: 'ACTIVE or PAUSED -> FINISHED.' })
  finishCampaign(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
    return transitionCampaign(domain(context), id, CampaignAction.FINISH);
  }

  @Mutation(() => Campaign, {
    description: "A new INACTIVE campaign with the template's settings, options, rules and people.",
  })
  createCampaignFromTemplate(
    @Arg('templateId', () => ID) templateId: string,
    @Arg('name', () => String) name: string,
    @Arg('overrides', () => CampaignSettingsInput, { nullable: true }) overrides: CampaignSettingsInput | null,
    @Ctx() context: GraphQLContext,
  ) {
    return createCampaignFromTemplate(domain(context), templateId, name, overrides);
  }

  @Mutation(() => Campaign, { description: "A new template with the campaign's settings, options, rules and people." })
  saveCampaignAsTemplate(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('name', () => String) name: string,
    @Ctx() context: GraphQLContext,
  ) {
    return saveCampaignAsTemplate(domain(context), campaignId, name);
  }

  @Mutation(() => Campaign, { description: 'Replaces the supervisors; each needs the SUPERVISION permission.' })
  setCampaignSupervisors(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('userIds', () => [ID]) userIds: string[],
    @Ctx() context: GraphQLContext,
  ) {
    return setCampaignSupervisors(domain(context), campaignId, userIds);
  }

  @Mutation(() => Campaign, { description: 'Replaces the agents and their penalties.' })
  setCampaignAgents(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('agents', () => [CampaignAgentInput]) agents: CampaignAgentInput[],
    @Ctx() context: GraphQLContext,
  ) {
    return setCampaignAgents(domain(context), campaignId, agents);
  }

  @Mutation(() => Campaign, { description: "Adds the group's agents; agents already assigned keep their penalty." })
  addAgentGroupToCampaign(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('penalty', () => Int, { defaultValue: 0 }) penalty: number,
    @Ctx() context: GraphQLContext,
  ) {
    return addAgentGroupToCampaign(domain(context), campaignId, groupId, penalty);
  }

  @Mutation(() => Campaign)
  removeCampaignAgent(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('agentId', () => ID, { description: 'An AgentProfile id.' }) agentId: string,
    @Ctx() context: GraphQLContext,
  ) {
    return removeCampaignAgent(domain(context), campaignId, agentId);
  }

  @FieldResolver(() => [User])
  supervisors(@Root() campaign: Campaign, @Ctx() context: GraphQLContext) {
    return campaignSupervisors(domain(context), campaign);
  }

  @FieldResolver(() => [CampaignAgent])
  agents(@Root() campaign: Campaign, @Ctx() context: GraphQLContext) {
    return campaignAgents(domain(context), campaign);
  }

  @FieldResolver(() => [DispositionOption], { description: 'Agents get only the options that are not hidden.' })
  dispositionOptions(@Root() campaign: Campaign, @Ctx() context: GraphQLContext) {
    return campaignDispositionOptions(domain(context), campaign);
  }

  @FieldResolver(() => [RetryRule])
  retryRules(@Root() campaign: Campaign, @Ctx() context: GraphQLContext) {
    return campaignRetryRules(domain(context), campaign);
  }

  // Relations load on demand (batched), so lists need not join what a client does not ask for.
  @FieldResolver(() => ContactDatabase, { nullable: true })
  async contactDatabase(@Root() campaign: Campaign, @Ctx() context: GraphQLContext) {
    return loadRelated(await visibleDatabase(domain(context), campaign.contactDatabase));
  }

  @FieldResolver(() => OutboundRoute, { nullable: true })
  outboundRoute(@Root() campaign: Campaign) {
    return loadRelated(campaign.outboundRoute);
  }

  @FieldResolver(() => ExternalSystem, { nullable: true })
  externalSystem(@Root() campaign: Campaign) {
    return loadRelated(campaign.externalSystem);
  }

  @FieldResolver(() => Campaign, { nullable: true })
  template(@Root() campaign: Campaign) {
    return loadRelated(campaign.template);
  }
}
