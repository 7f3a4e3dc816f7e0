import type { FilterQuery } from '@mikro-orm/core';
import { CrudService } from '../../common/crud.service.js';
import { invalidInput } from '../../common/domain-error.js';
import { containsPattern } from '../../common/filters.js';
import { Permission } from '../../auth/permission.js';
import { DestinationErrors } from '../destination.errors.js';
import { TimeCondition } from './time-condition.entity.js';
import { TimeGroup, TimeRuleEntry } from './time-group.entity.js';
import type { CreateTimeGroupInput, TimeGroupFilter, UpdateTimeGroupInput } from './time.inputs.js';

const PAIRS = [
  ['startTime', 'endTime'],
  ['weekdayFrom', 'weekdayTo'],
  ['dayOfMonthFrom', 'dayOfMonthTo'],
  ['monthFrom', 'monthTo'],
] as const;

/** Each range has both ends or neither; a time range of no length is refused rather than guessed. */
function checkedRules(rules: readonly TimeRuleEntry[]): TimeRuleEntry[] {
  return rules.map((rule, index) => {
    for (const [from, to] of PAIRS) {
      if (((rule[from] ?? null) === null) !== ((rule[to] ?? null) === null)) {
        throw invalidInput(`rules[${index}].${to}`, `${from} and ${to} go together`);
      }
    }
    if (rule.startTime && rule.startTime === rule.endTime) {
      throw invalidInput(`rules[${index}].endTime`, 'endTime equals startTime; leave both out for all day');
    }
    // A plain copy: JSON in the row, with absent ends stored as null.
    return Object.assign(new TimeRuleEntry(), {
      startTime: rule.startTime ?? null,
      endTime: rule.endTime ?? null,
      weekdayFrom: rule.weekdayFrom ?? null,
      weekdayTo: rule.weekdayTo ?? null,
      dayOfMonthFrom: rule.dayOfMonthFrom ?? null,
      dayOfMonthTo: rule.dayOfMonthTo ?? null,
      monthFrom: rule.monthFrom ?? null,
      monthTo: rule.monthTo ?? null,
    });
  });
}

/**
 * Time groups are read by the time-condition FastAGI at call time: a change applies to the
 * next call without regenerating Asterisk's configuration.
 */
export const timeGroupService = new CrudService<TimeGroup, CreateTimeGroupInput, UpdateTimeGroupInput, TimeGroupFilter>(
  {
    entity: TimeGroup,
    label: 'Time group',
    read: [Permission.TELEPHONY_READ, Permission.TELEPHONY_MANAGE],
    manage: Permission.TELEPHONY_MANAGE,
    where: (filter) => {
      const where: FilterQuery<TimeGroup>[] = [];
      if (filter.nameContains) where.push({ name: { $ilike: containsPattern(filter.nameContains) } });
      return { $and: where };
    },
    create: (_context, input) => {
      const group = new TimeGroup();
      group.name = input.name;
      group.rules = checkedRules(input.rules);
      return group;
    },
    update: (_context, group, input) => {
      if (input.name !== undefined && input.name !== null) group.name = input.name;
      if (input.rules !== undefined && input.rules !== null) group.rules = checkedRules(input.rules);
    },
    beforeDelete: async ({ em }, group) => {
      const users = await em.find(TimeCondition, { timeGroup: group.id }, { orderBy: { name: 'asc' } });
      if (users.length > 0) {
        throw DestinationErrors.create(
          'IN_USE',
          `Time group ${group.name} is in use by time conditions ${users.map((user) => user.name).join(', ')}`,
          { id: group.id, usedBy: users.map((user) => ({ type: 'TIME_CONDITION', id: user.id })) },
        );
      }
    },
  },
);
