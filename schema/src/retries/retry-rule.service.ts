import { FlushMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CrudService } from '../common/crud.service.js';
import { invalidInput } from '../common/domain-error.js';
import { Permission } from '../auth/permission.js';
import { DispositionOption } from '../dispositions/disposition-option.entity.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignErrors } from '../campaigns/campaign.errors.js';
import { campaignScope } from '../campaigns/campaign-scope.js';
import { findManagedCampaign, refuseDeleted } from '../campaigns/campaign-access.js';
import { RetryRule } from './retry-rule.entity.js';
import type { CreateRetryRuleInput, RetryRuleFilter, UpdateRetryRuleInput } from './retry-rule.inputs.js';

/** The option a disposition rule retries: it must be one of the rule's own campaign. */
async function campaignOption(em: EntityManager, campaign: Campaign, id: string): Promise<DispositionOption> {
  const option = await em.findOne(DispositionOption, { id, campaign });
  if (!option) throw invalidInput('dispositionOptionId', `${id} is not a disposition option of ${campaign.name}`);
  return option;
}

/** One rule per outcome and per option, so the retry worker never has two answers. */
async function assertNoTwin(em: EntityManager, rule: RetryRule): Promise<void> {
  const target: FilterQuery<RetryRule> = rule.outcome
    ? { campaign: rule.campaign, outcome: rule.outcome }
    : { dispositionOption: rule.dispositionOption };
  if ((await em.count(RetryRule, target, { flushMode: FlushMode.COMMIT })) > 0) {
    const what = rule.outcome ?? `option ${rule.dispositionOption!.name}`;
    throw CampaignErrors.create('RETRY_RULE_EXISTS', `The campaign already has a retry rule for ${what}`, {
      outcome: rule.outcome,
      dispositionOptionId: rule.dispositionOption?.id ?? null,
    });
  }
}

export const retryRuleService = new CrudService<RetryRule, CreateRetryRuleInput, UpdateRetryRuleInput, RetryRuleFilter>(
  {
    entity: RetryRule,
    label: 'Retry rule',
    read: Permission.CAMPAIGNS_READ,
    manage: Permission.CAMPAIGNS_MANAGE,
    populate: ['campaign', 'dispositionOption'],
    scope: ({ viewer }) => {
      const campaigns = campaignScope(viewer);
      return Object.keys(campaigns).length > 0 ? { campaign: campaigns } : {};
    },
    where: (filter) => (filter.campaignId ? { campaign: filter.campaignId } : {}),
    create: async (context, input) => {
      const { em } = context;
      const hasOutcome = input.outcome != null;
      const hasOption = input.dispositionOptionId != null;
      if (hasOutcome === hasOption) {
        throw invalidInput(
          hasOutcome ? 'dispositionOptionId' : 'outcome',
          'give exactly one of outcome and dispositionOptionId',
        );
      }
      const rule = new RetryRule();
      rule.campaign = await findManagedCampaign(context, input.campaignId, { field: 'campaignId' });
      rule.outcome = input.outcome ?? null;
      rule.dispositionOption = hasOption ? await campaignOption(em, rule.campaign, input.dispositionOptionId!) : null;
      rule.retryAfterSeconds = input.retryAfterSeconds;
      rule.maxAttempts = input.maxAttempts;
      await assertNoTwin(em, rule);
      return rule;
    },
    update: (_context, rule, input) => {
      refuseDeleted(rule.campaign);
      if (input.retryAfterSeconds != null) rule.retryAfterSeconds = input.retryAfterSeconds;
      if (input.maxAttempts != null) rule.maxAttempts = input.maxAttempts;
    },
    beforeDelete: (_context, rule) => refuseDeleted(rule.campaign),
  },
);
