import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { BaseEntity } from '../common/base.entity.js';
import { User } from '../auth/user.entity.js';
import { DispositionOption } from './disposition-option.entity.js';
import { Disposition } from './disposition.entity.js';

/** Every version a disposition has had, the current one included; never updated. */
@ObjectType()
@Entity({ tableName: 'disposition_changes' })
@Unique({ properties: ['disposition', 'revision'] })
export class DispositionChange extends BaseEntity {
  @ManyToOne({ entity: () => Disposition, deleteRule: 'cascade' })
  disposition!: Rel<Disposition>;

  @Field(() => Int, { description: '1 for the first version, then 2, 3...: the order of the history.' })
  @Property({ type: 'integer' })
  revision!: number;

  @Field(() => DispositionOption)
  @ManyToOne({ entity: () => DispositionOption, deleteRule: 'restrict' })
  option!: Rel<DispositionOption>;

  @Field(() => User, { nullable: true })
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  agent: Rel<User> | null = null;

  @Field(() => GraphQLJSONObject)
  @Property({ type: 'jsonb', default: '{}' })
  answers: Record<string, unknown> = {};

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Field(() => String, { nullable: true, description: 'Call that produced this version, when there was one.' })
  @Property({ type: 'string', length: 64, nullable: true })
  callId: string | null = null;
}
