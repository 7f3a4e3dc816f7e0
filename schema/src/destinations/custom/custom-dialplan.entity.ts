import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';

/**
 * The administrators' own dialplan (extensions_custom.conf, included by the generated
 * extensions.conf): one row, the content Asterisk last accepted.
 */
@ObjectType()
@Entity({ tableName: 'custom_dialplans' })
export class CustomDialplan extends BaseEntity {
  @Property({ type: 'boolean', default: true })
  @Unique()
  singleton: boolean = true;

  @Field(() => String)
  @Property({ type: 'text' })
  content: string = '';
}
