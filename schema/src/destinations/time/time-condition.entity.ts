import { Embedded, Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { DestinationRef } from '../destination-ref.embeddable.js';
import { TimeGroup } from './time-group.entity.js';

/**
 * The manual's "Validación horaria": at call time, the time group's rules are read on the
 * clock of the time zone; the call goes to one destination when they match and to the
 * other when they do not.
 */
@ObjectType()
@Entity({ tableName: 'time_conditions' })
export class TimeCondition extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  @Unique()
  name!: string;

  @Field(() => TimeGroup)
  @ManyToOne({ entity: () => TimeGroup, deleteRule: 'restrict' })
  timeGroup!: Rel<TimeGroup>;

  @Field(() => String, { description: 'IANA time zone the rules are read in.' })
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  @Field(() => DestinationRef, { description: 'Where calls go while the time group matches.' })
  @Embedded({ entity: () => DestinationRef, prefix: 'match_' })
  matchDestination!: DestinationRef;

  @Field(() => DestinationRef, { description: 'Where calls go otherwise.' })
  @Embedded({ entity: () => DestinationRef, prefix: 'otherwise_' })
  otherwiseDestination!: DestinationRef;
}
