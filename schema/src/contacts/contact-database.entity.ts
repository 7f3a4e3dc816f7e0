import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

@ObjectType({ description: 'A list of contacts with named columns; the first phone column is the main phone.' })
@Entity({ tableName: 'contact_databases' })
export class ContactDatabase extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 128 })
  @Unique()
  name!: string;

  @Field(() => [String], { description: 'Every column, in file order.' })
  @Property({ type: 'text[]' })
  columns: string[] = [];

  @Field(() => [String], { description: 'Columns holding phone numbers; the first is the main phone.' })
  @Property({ type: 'text[]' })
  phoneColumns: string[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 128, nullable: true })
  externalIdColumn: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  contactCount: number = 0;
}
