import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Form } from '../forms/form.entity.js';

export enum DispositionType {
  NO_ACTION = 'NO_ACTION',
  ENGAGED = 'ENGAGED',
  CALLBACK = 'CALLBACK',
}
registerEnumType(DispositionType, {
  name: 'DispositionType',
  description:
    'NO_ACTION: a plain outcome; ENGAGED: opens a form ("gestión"); CALLBACK: schedules a call back ("agenda").',
});

@ObjectType()
@Entity({ tableName: 'disposition_options' })
@Unique({ properties: ['campaign', 'name'] })
export class DispositionOption extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 128 })
  name!: string;

  @Field(() => DispositionType)
  @Enum({ items: () => DispositionType, nativeEnumName: 'disposition_type' })
  type!: DispositionType;

  @ManyToOne({ entity: () => Campaign, deleteRule: 'cascade' })
  campaign!: Rel<Campaign>;

  @Field(() => Form, { nullable: true, description: 'Required for ENGAGED options.' })
  @ManyToOne({ entity: () => Form, nullable: true, deleteRule: 'restrict' })
  form: Rel<Form> | null = null;

  @Field(() => Boolean, { description: 'Hidden options are kept for history but not offered to agents.' })
  @Property({ type: 'boolean', default: false })
  hidden: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
