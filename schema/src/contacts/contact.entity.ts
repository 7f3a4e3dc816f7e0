import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { BaseEntity } from '../common/base.entity.js';
import { ContactDatabase } from './contact-database.entity.js';

@ObjectType({ description: 'One row of a contact database. Fields hidden from agents are removed for them.' })
@Entity({ tableName: 'contacts' })
@Unique({ properties: ['database', 'externalId'] })
// Lists and exports walk a database in (createdAt, id) order, by keyset: this index serves both.
@Index({ properties: ['database', 'createdAt', 'id'] })
export class Contact extends BaseEntity {
  @Field(() => ContactDatabase)
  @ManyToOne({ entity: () => ContactDatabase, deleteRule: 'cascade' })
  database!: Rel<ContactDatabase>;

  @Field(() => String, { nullable: true, description: 'Main phone; null when hidden from the viewer.' })
  @Property({ type: 'string', length: 32 })
  @Index()
  // The dialer's duplicate check compares main phones by phoneKey (common/phone.ts).
  @Index({
    name: 'contacts_phone_key_index',
    expression: `create index "contacts_phone_key_index" on "contacts" (regexp_replace("phone", '^(\\+|00)', ''))`,
  })
  phone!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Value of the external id column; null when hidden from the viewer.',
  })
  @Property({ type: 'string', length: 128, nullable: true })
  externalId: string | null = null;

  @Field(() => GraphQLJSONObject, { description: 'Column name to value, without the fields hidden from the viewer.' })
  @Property({ type: 'jsonb' })
  data: Record<string, string> = {};
}
