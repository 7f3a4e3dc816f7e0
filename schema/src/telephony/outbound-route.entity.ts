import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { BaseEntity } from '../common/base.entity.js';
import { SingleLine } from '../common/text-rules.js';

/** One dial pattern of a route: Asterisk's X/Z/N/[...]/. syntax, with prepend and prefix. */
@ObjectType('DialPattern')
@InputType('DialPatternInput')
export class DialPattern {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Digits added in front before dialing.' })
  @IsOptional()
  @MaxLength(32)
  @Matches(/^[0-9*#+]*$/, { message: 'prepend may contain digits, *, # and + only' })
  prepend: string | null = null;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Digits dialed by the user, removed before dialing.' })
  @IsOptional()
  @MaxLength(32)
  @Matches(/^[0-9*#+]*$/, { message: 'prefix may contain digits, *, # and + only' })
  prefix: string | null = null;

  @SingleLine()
  @Field(() => String)
  @MaxLength(64)
  @Matches(/^[0-9XZN.[\]\-!*#+]+$/, { message: 'pattern may use digits, X, Z, N, [ranges], . and !' })
  pattern!: string;
}

@ObjectType()
@Entity({ tableName: 'outbound_routes' })
export class OutboundRoute extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  @Unique()
  name!: string;

  @Field(() => Int, { description: 'Routes are matched in ascending order; see reorderOutboundRoutes.' })
  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Field(() => Int, { description: 'Seconds each trunk rings before the next one is tried.' })
  @Property({ type: 'integer', default: 45 })
  ringSeconds: number = 45;

  @Field(() => String, { description: 'Asterisk Dial() options.' })
  @Property({ type: 'string', length: 64, default: 'Tt' })
  dialOptions: string = 'Tt';

  @Field(() => [DialPattern])
  @Property({ type: 'json' })
  patterns: DialPattern[] = [];

  // Ids rather than a join table: the order is the failover sequence and is always written
  // whole. Trunk deletion checks this list under a row lock (see trunk.service.ts).
  @Field(() => [ID], { description: 'Trunk ids in failover order.' })
  @Property({ type: 'json' })
  trunkIds: string[] = [];
}
