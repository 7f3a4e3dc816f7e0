import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

/** A SIP trunk: the pjsip-wizard text an administrator enters, as in the manual. */
@ObjectType()
@Entity({ tableName: 'trunks' })
export class Trunk extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  @Unique()
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  callerId: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer', default: 1000 })
  maxChannels: number = 1000;

  @Field(() => String, { description: 'PJSIP wizard configuration.' })
  @Property({ type: 'text' })
  sipDetails: string = '';
}
