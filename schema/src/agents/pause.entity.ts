import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

export enum PauseType {
  PRODUCTIVE = 'PRODUCTIVE',
  RECREATIONAL = 'RECREATIONAL',
}
registerEnumType(PauseType, { name: 'PauseType' });

@ObjectType({ description: 'A reason an agent can pause for. ACW and SUPERVISOR are system pauses, not rows.' })
@Entity({ tableName: 'pauses' })
export class Pause extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  @Unique()
  name!: string;

  @Field(() => PauseType)
  @Enum({ items: () => PauseType, nativeEnumName: 'pause_type' })
  type: PauseType = PauseType.RECREATIONAL;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
