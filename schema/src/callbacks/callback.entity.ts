import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { BaseEntity } from '../common/base.entity.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { User } from '../auth/user.entity.js';

export enum CallbackKind {
  PERSONAL = 'PERSONAL',
  GLOBAL = 'GLOBAL',
}
registerEnumType(CallbackKind, {
  name: 'CallbackKind',
  description: "PERSONAL: the agent's own agenda; GLOBAL: back to the dialer for any agent.",
});

export enum CallbackStatus {
  PENDING = 'PENDING',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CallbackStatus, { name: 'CallbackStatus' });

@ObjectType()
@Entity({ tableName: 'callbacks' })
@Index({ properties: ['status', 'scheduledAt'] })
export class Callback extends BaseEntity {
  @Field(() => CallbackKind)
  @Enum({ items: () => CallbackKind, nativeEnumName: 'callback_kind' })
  kind!: CallbackKind;

  @Field(() => CallbackStatus)
  @Enum({ items: () => CallbackStatus, nativeEnumName: 'callback_status' })
  status: CallbackStatus = CallbackStatus.PENDING;

  @Field(() => Campaign)
  @ManyToOne({ entity: () => Campaign, deleteRule: 'cascade' })
  campaign!: Rel<Campaign>;

  @Field(() => Contact)
  @ManyToOne({ entity: () => Contact, deleteRule: 'cascade' })
  contact!: Rel<Contact>;

  @Field(() => User, { nullable: true, description: 'Owner of a PERSONAL callback.' })
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  agent: Rel<User> | null = null;

  @Field(() => String, {
    nullable: true,
    description: "Number to call back; null for agents when the campaign hides its contacts' main phone.",
  })
  @Property({ type: 'string', length: 32 })
  phone!: string;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'datetime' })
  scheduledAt!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
