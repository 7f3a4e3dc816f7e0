import { Embedded, Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { DestinationRef } from '../destination-ref.embeddable.js';

/**
 * The manual's "Destino personalizado": a place in the administrators' own dialplan (the
 * custom dialplan file) calls can be sent to, and where they go instead when that place does
 * not exist in Asterisk's dialplan.
 */
@ObjectType()
@Entity({ tableName: 'custom_destinations' })
export class CustomDestination extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  @Unique()
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 79 })
  context!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  extension!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  priority!: number;

  @Field(() => DestinationRef, { description: 'Where calls go when context, extension and priority do not exist.' })
  @Embedded({ entity: () => DestinationRef, prefix: 'failover_' })
  failoverDestination!: DestinationRef;
}
