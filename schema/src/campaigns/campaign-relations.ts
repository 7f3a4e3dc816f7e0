import { Reference } from '@mikro-orm/core';
import type { DomainContext } from '../common/domain-context.js';
import { Permission } from '../auth/permission.js';
import type { User } from '../auth/user.entity.js';
import type { DispositionOption } from '../dispositions/disposition-option.entity.js';
import type { RetryRule } from '../retries/retry-rule.entity.js';
import type { Campaign } from './campaign.entity.js';
import type { CampaignAgent } from './campaign-agent.entity.js';

/*
 * What GraphQL reads beyond a campaign's own columns. Each loader batches: the campaigns of one
 * list page load their relations in one query per relation (MikroORM's dataloader), not one
 * per campaign, and nested objects GraphQL may read are populated with them.
 */

/** A to-one relation, loaded if it is only a reference; null stays null. */
export async function loadRelated<T extends object>(entity: T | null | undefined): Promise<T | null> {
  if (!entity) return null;
  return ((await Reference.create(entity).load({ dataloader: true })) as T | undefined) ?? null;
}

/** Who may see the people of a campaign: user details are for those who manage or read users. */
function requirePeopleAccess(context: DomainContext): void {
  context.viewer.requireAny(Permission.USERS_READ, Permission.CAMPAIGNS_MANAGE);
}

export async function campaignSupervisors(context: DomainContext, campaign: Campaign): Promise<User[]> {
  requirePeopleAccess(context);
  await campaign.supervisors.load({ dataloader: true });
  const users = campaign.supervisors.getItems();
  // The many-to-many loader does not populate; reference loads batch across campaigns instead.
  await Promise.all(users.flatMap((user) => [loadRelated(user.role), loadRelated(user.agentProfile)]));
  return users;
}

export async function campaignAgents(context: DomainContext, campaign: Campaign): Promise<CampaignAgent[]> {
  requirePeopleAccess(context);
  await campaign.agents.load({ dataloader: true, populate: ['agent.user.role', 'agent.group'] });
  return campaign.agents.getItems();
}

/** Agents are offered only the options that are not hidden. */
export async function campaignDispositionOptions(
  context: DomainContext,
  campaign: Campaign,
): Promise<DispositionOption[]> {
  await campaign.dispositionOptions.load({ dataloader: true, populate: ['form'] });
  const options = campaign.dispositionOptions.getItems();
  return context.viewer.isAgent ? options.filter((option) => !option.hidden) : options;
}

export async function campaignRetryRules(_context: DomainContext, campaign: Campaign): Promise<RetryRule[]> {
  await campaign.retryRules.load({ dataloader: true, populate: ['dispositionOption'] });
  return campaign.retryRules.getItems();
}
