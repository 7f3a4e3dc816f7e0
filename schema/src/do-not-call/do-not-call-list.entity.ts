import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

@ObjectType({ description: "Numbers never to dial (the manual's blacklist)." })
@Entity({ tableName: 'do_not_call_lists' })
export class DoNotCallList extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 128 })
  @Unique()
  name!: string;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  numberCount: number = 0;
}
