import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { BuiltInRole, Permission } from './permission.js';

@ObjectType({ description: 'A named set of permissions. Built-in roles cannot be edited or deleted.' })
@Entity({ tableName: 'roles' })
export class Role extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  @Unique()
  name!: string;

  @Field(() => BuiltInRole, { nullable: true })
  @Enum({ items: () => BuiltInRole, nativeEnumName: 'built_in_role', nullable: true })
  @Unique()
  builtIn: BuiltInRole | null = null;

  @Field(() => [Permission])
  @Enum({ items: () => Permission, array: true, type: 'text[]' })
  permissions: Permission[] = [];
}
