import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { User } from '../auth/user.entity.js';

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

  /**
   * Who created it (createContactDatabase, an import, a recycle): its creator reaches it with
   * no campaign on it (contact-database-scope.ts). Null for databases from before this column
   * and once the user is deleted: those are reached through campaigns and by CAMPAIGNS_ALL.
   * Not a GraphQL field: who made what is not every reader's business.
   */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  @Index()
  createdBy: Rel<User> | null = null;
}
