import { Embeddable, Property } from '@mikro-orm/core';
import { Field, InputType, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ArrayNotEmpty, ArrayUnique, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Weekday } from './campaign.enums.js';
import { SingleLine } from '../common/text-rules.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** One span of the manual's "Actuación": these weekdays, from one time to another. */
@ObjectType('CallingWindowRule')
@InputType('CallingWindowRuleInput')
export class CallingWindowRule {
  @Field(() => [Weekday])
  @ArrayNotEmpty()
  @ArrayUnique()
  weekdays!: Weekday[];

  @SingleLine()
  @Field(() => String, { description: '24-hour HH:MM in the campaign time zone.' })
  @Matches(TIME, { message: 'startTime must be HH:MM' })
  startTime!: string;

  @SingleLine()
  @Field(() => String, { description: '24-hour HH:MM; after startTime.' })
  @Matches(TIME, { message: 'endTime must be HH:MM' })
  endTime!: string;
}

/**
 * When an outbound campaign may dial: dates, weekly spans and the zone they are read in.
 * No field initializers, for the reason given on QueueSettings: defaults are CALLING_WINDOW_DEFAULTS.
 */
@Embeddable()
@ObjectType('CallingWindow')
@InputType('CallingWindowInput')
export class CallingWindow {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. America/Argentina/Buenos_Aires.' })
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  @IsOptional()
  startDate!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  @IsOptional()
  endDate!: string | null;

  @Field(() => [CallingWindowRule], { nullable: true, description: 'No rules: any day, any time.' })
  @Property({ type: 'json' })
  @IsOptional()
  @ValidateNested({ each: true })
  rules!: CallingWindowRule[];

  /** A window open any day, any time, in UTC: what a new campaign starts with. */
  static defaults(): CallingWindow {
    return Object.assign(new CallingWindow(), { ...CALLING_WINDOW_DEFAULTS, rules: [] });
  }
}

export const CALLING_WINDOW_DEFAULTS: Readonly<{ [Key in keyof CallingWindow]: CallingWindow[Key] }> = Object.freeze({
  timeZone: 'UTC',
  startDate: null,
  endDate: null,
  rules: [],
});
