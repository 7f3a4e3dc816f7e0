import { Embedded, Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { DestinationRef } from '../destinations/destination-ref.embeddable.js';

/**
 * The manual's "Inbound routes": a number customers call (DID), optionally only for callers
 * whose number starts with a prefix, and the destination its calls go to (a campaign's queue,
 * an IVR, a time condition...). The route sets the call's variables and the language of the
 * system prompts, then hands the call to its destination.
 */
@ObjectType()
@Entity({ tableName: 'inbound_routes' })
@Unique({ properties: ['did', 'callerIdPrefix'] })
export class InboundRoute extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  @Unique()
  name!: string;

  @Field(() => String, { description: 'The dialled number as the carrier sends it: digits, optionally a leading +.' })
  @Property({ type: 'string', length: 32 })
  did!: string;

  @Field(() => String, {
    description: 'Only callers whose number starts with these digits; empty: every caller. A longer prefix wins.',
  })
  @Property({ type: 'string', length: 20, default: '' })
  callerIdPrefix: string = '';

  @Field(() => String, { description: 'Language of the system prompts (CHANNEL(language)), e.g. en.' })
  @Property({ type: 'string', length: 16, default: 'en' })
  language: string = 'en';

  @Field(() => DestinationRef)
  @Embedded({ entity: () => DestinationRef, prefix: 'destination_' })
  destination!: DestinationRef;
}
