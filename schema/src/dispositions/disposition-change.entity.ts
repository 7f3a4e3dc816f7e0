import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { BaseEntity } from '../common/base.entity.js';
import { User } from '../auth/user.entity.js';
import { DispositionOption } from './disposition-option.entity.js';
import { Disposition } from './disposition.entity.js';

/** Every version a disposition has had, the current one included; never updated. */
@ObjectType()
@Entity({ tableName: 'disposition_changes' })
export class DispositionChange extends BaseEntity {
  @ManyToOne({ entity: () => Disposition, deleteRule: 'cascade' })
  disposition!: Rel<Disposition>;

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
}
