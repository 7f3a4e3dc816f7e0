import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { BaseEntity } from '../common/base.entity.js';

/** One dial pattern of a route: Asterisk's X/Z/N/[...]/. syntax, with prepend and prefix. */
@ObjectType('DialPattern')
@InputType('DialPatternInput')
export class DialPattern {
  @Field(() => String, { nullable: true, description: 'Digits added in front before dialing.' })
  @IsOptional()
  @Matches(/^[0-9*#+]*$/)
  prepend: string | null = null;

  @Field(() => String, { nullable: true, description: 'Digits dialed by the user, removed before dialing.' })
  @IsOptional()
  @Matches(/^[0-9*#+]*$/)
  prefix: string | null = null;

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

  @Field(() => Int, { description: 'Routes are tried in ascending order.' })
  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 45 })
  ringSeconds: number = 45;

  @Field(() => String, { description: 'Asterisk Dial() options.' })
  @Property({ type: 'string', length: 64, default: 'Tt' })
  dialOptions: string = 'Tt';

  @Field(() => [DialPattern])
  @Property({ type: 'json' })
  patterns: DialPattern[] = [];

  @Field(() => [ID], { description: 'Trunk ids in failover order.' })
  @Property({ type: 'json' })
  trunkIds: string[] = [];
}
