import type { TimeGroupRowFragment, TimeRuleInput } from '@/generated/graphql';
import type { TimeRuleDraft } from './TimeRuleFields.vue';

type TimeRule = TimeGroupRowFragment['rules'][number];

export function ruleDraft(rule?: TimeRule): TimeRuleDraft {
  return {
    startTime: rule?.startTime ?? '',
    endTime: rule?.endTime ?? '',
    weekdayFrom: rule?.weekdayFrom ?? '',
    weekdayTo: rule?.weekdayTo ?? '',
    dayOfMonthFrom: rule?.dayOfMonthFrom ?? '',
    dayOfMonthTo: rule?.dayOfMonthTo ?? '',
    monthFrom: rule?.monthFrom ?? '',
    monthTo: rule?.monthTo ?? '',
  };
}

/** A rule as the API takes it: an empty field is left out (any). */
export function ruleInput(draft: TimeRuleDraft): TimeRuleInput {
  const input: TimeRuleInput = {};
  if (draft.startTime) input.startTime = draft.startTime.slice(0, 5);
  if (draft.endTime) input.endTime = draft.endTime.slice(0, 5);
  if (draft.weekdayFrom) input.weekdayFrom = draft.weekdayFrom;
  if (draft.weekdayTo) input.weekdayTo = draft.weekdayTo;
  if (draft.dayOfMonthFrom !== '') input.dayOfMonthFrom = Number(draft.dayOfMonthFrom);
  if (draft.dayOfMonthTo !== '') input.dayOfMonthTo = Number(draft.dayOfMonthTo);
  if (draft.monthFrom !== '') input.monthFrom = Number(draft.monthFrom);
  if (draft.monthTo !== '') input.monthTo = Number(draft.monthTo);
  return input;
}
