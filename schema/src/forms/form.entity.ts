import { Collection, Entity, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { FormField } from './form-field.entity.js';

@ObjectType({ description: 'What an agent fills in for an ENGAGED disposition (a "gestión").' })
@Entity({ tableName: 'forms' })
export class Form extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 128 })
  @Unique()
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => [FormField])
  @OneToMany({ entity: () => FormField, mappedBy: 'form', orphanRemoval: true, orderBy: { position: 'asc' } })
  fields = new Collection<FormField>(this);
}
