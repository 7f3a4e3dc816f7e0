import { FieldResolver, Resolver, Root } from 'type-graphql';
import {
  Campaign,
  CreateRetryRuleInput,
  DispositionOption,
  RetryRule,
  RetryRuleFilter,
  UpdateRetryRuleInput,
  loadRelated,
  retryRuleService,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => RetryRule)
export class RetryRuleResolver extends createCrudResolver({
  type: RetryRule,
  create: CreateRetryRuleInput,
  update: UpdateRetryRuleInput,
  filter: RetryRuleFilter,
  service: retryRuleService,
  singular: 'retryRule',
  plural: 'retryRules',
}) {
  @FieldResolver(() => Campaign)
  async campaign(@Root() rule: RetryRule) {
    return (await loadRelated(rule.campaign))!;
  }

  @FieldResolver(() => DispositionOption, { nullable: true })
  dispositionOption(@Root() rule: RetryRule) {
    return loadRelated(rule.dispositionOption);
  }
}
