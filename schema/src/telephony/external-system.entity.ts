import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

/** A CRM that calls the API (click-to-call, dispositions) with its own ids for campaigns and agents. */
@ObjectType()
@Entity({ tableName: 'external_systems' })
export class ExternalSystem extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 128 })
  @Unique()
  name!: string;
}
