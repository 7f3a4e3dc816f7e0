import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { DoNotCallList } from './do-not-call-list.entity.js';

/** A number in phoneKey's form (digits, no international prefix); a list holds each number once. */
@ObjectType()
@Entity({ tableName: 'do_not_call_numbers' })
@Unique({ properties: ['list', 'phone'] })
// The dialer asks "is this number on any list?" before every call.
@Index({ properties: ['phone'] })
export class DoNotCallNumber extends BaseEntity {
  @ManyToOne({ entity: () => DoNotCallList, deleteRule: 'cascade' })
  list!: Rel<DoNotCallList>;

  @Field(() => String)
  @Property({ type: 'string', length: 32 })
  phone!: string;
}
