import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { BaseEntity } from '../../common/base.entity.js';
import { SingleLine } from '../../common/text-rules.js';
import { Weekday } from '../../campaigns/campaign.enums.js';
import type { TimeRule } from './time-rules.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** One line of a time group; every range optional and allowed to wrap (see time-rules.ts). */
@ObjectType('TimeRule')
@InputType('TimeRuleInput')
export class TimeRuleEntry implements TimeRule {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'HH:MM, inclusive; with endTime, or neither.' })
  @IsOptional()
  @Matches(TIME, { message: 'startTime must be HH:MM' })
  startTime?: string | null;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'HH:MM, exclusive; before startTime wraps over midnight.' })
  @IsOptional()
  @Matches(TIME, { message: 'endTime must be HH:MM' })
  endTime?: string | null;

  @Field(() => Weekday, { nullable: true })
  @IsOptional()
  @IsEnum(Weekday)
  weekdayFrom?: Weekday | null;

  @Field(() => Weekday, { nullable: true, description: 'Before weekdayFrom wraps over the week end.' })
  @IsOptional()
  @IsEnum(Weekday)
  weekdayTo?: Weekday | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(31)
  dayOfMonthFrom?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(31)
  dayOfMonthTo?: number | null;

  @Field(() => Int, { nullable: true, description: '1 = January.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  monthFrom?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  monthTo?: number | null;
}

/** The manual's "Grupo horario": a named list of time rules, used by time conditions. */
@ObjectType()
@Entity({ tableName: 'time_groups' })
export class TimeGroup extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  @Unique()
  name!: string;

  @Field(() => [TimeRuleEntry], { description: 'Any rule matching is a match; none: never.' })
  @Property({ type: 'json' })
  rules: TimeRuleEntry[] = [];
}
