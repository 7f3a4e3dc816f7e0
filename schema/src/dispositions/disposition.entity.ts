import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { BaseEntity } from '../common/base.entity.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { User } from '../auth/user.entity.js';
import { DispositionOption } from './disposition-option.entity.js';
import { DispositionChange } from './disposition-change.entity.js';

/** A contact's current outcome in a campaign: at most one per contact per campaign. */
@ObjectType()
@Entity({ tableName: 'dispositions' })
@Unique({ properties: ['campaign', 'contact'] })
// The retries worker's catch-up scan walks dispositions changed since its watermark.
@Index({ properties: ['updatedAt', 'id'] })
export class Disposition extends BaseEntity {
  @Field(() => Campaign)
  @ManyToOne({ entity: () => Campaign, deleteRule: 'cascade' })
  campaign!: Rel<Campaign>;

  @Field(() => Contact)
  @ManyToOne({ entity: () => Contact, deleteRule: 'cascade' })
  contact!: Rel<Contact>;

  @Field(() => DispositionOption)
  @ManyToOne({ entity: () => DispositionOption, deleteRule: 'restrict' })
  option!: Rel<DispositionOption>;

  @Field(() => User, { nullable: true, description: 'Who dispositioned last.' })
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  agent: Rel<User> | null = null;

  @Field(() => GraphQLJSONObject, { description: 'Form answers of an ENGAGED disposition, by field name.' })
  @Property({ type: 'jsonb', default: '{}' })
  answers: Record<string, unknown> = {};

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Field(() => String, { nullable: true, description: 'Call that produced it, when there was one.' })
  @Property({ type: 'string', length: 64, nullable: true })
  callId: string | null = null;

  @Field(() => Int, { description: 'Number of versions so far (1 for a first disposition); the history length.' })
  @Property({ type: 'integer', default: 1 })
  revision: number = 1;

  @OneToMany({ entity: () => DispositionChange, mappedBy: 'disposition', orderBy: { revision: 'asc' } })
  history = new Collection<DispositionChange>(this);
}
