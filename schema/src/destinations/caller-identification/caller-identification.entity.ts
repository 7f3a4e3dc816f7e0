import { Embedded, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { DestinationRef } from '../destination-ref.embeddable.js';

/** The manual's "tipo de interacción" (OMniLeads 1, 2, 3). */
export enum CallerIdentificationInteraction {
  /** Only checks that the caller entered an id (of the expected length). */
  NONE = 'NONE',
  /** The CRM answers "true" (identified) or "false" (not identified). */
  CRM_IDENTIFIES = 'CRM_IDENTIFIES',
  /** The CRM answers the destination ("X,Y"), or true/false. */
  CRM_ROUTES = 'CRM_ROUTES',
}
registerEnumType(CallerIdentificationInteraction, { name: 'CallerIdentificationInteraction' });

/** What identifies the caller: digits the caller keys in after the prompt, or the caller's own number. */
export enum CallerIdentificationSource {
  DTMF = 'DTMF',
  CALLER_NUMBER = 'CALLER_NUMBER',
}
registerEnumType(CallerIdentificationSource, { name: 'CallerIdentificationSource' });

/**
 * The manual's "Identificador de cliente": a destination node that asks the caller for an id
 * (or takes the caller's number), optionally asks a CRM about it (POST idContact, OMniLeads'
 * format), and sends the call on to the identified or the not-identified destination, or where
 * the CRM says. The contact found by the id (external id, or phone for CALLER_NUMBER) in the
 * node's contact database travels with the call as SB_CONTACT_ID to the agent.
 */
@ObjectType()
@Entity({ tableName: 'caller_identifications' })
export class CallerIdentification extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  @Unique()
  name!: string;

  @Field(() => CallerIdentificationInteraction)
  @Enum({ items: () => CallerIdentificationInteraction, nativeEnumName: 'caller_identification_interaction' })
  interaction!: CallerIdentificationInteraction;

  @Field(() => CallerIdentificationSource)
  @Enum({ items: () => CallerIdentificationSource, nativeEnumName: 'caller_identification_source' })
  source!: CallerIdentificationSource;

  @Field(() => String, { nullable: true, description: 'CRM endpoint (http or https) for the CRM interactions.' })
  @Property({ type: 'string', length: 500, nullable: true })
  crmUrl: string | null = null;

  @Field(() => Int, { description: 'Seconds the CRM has to answer (at most 10); slower is not identified.' })
  @Property({ type: 'integer' })
  crmTimeoutSeconds!: number;

  @Field(() => ID, { nullable: true, description: 'AudioFile asking for the id (DTMF).' })
  @Property({ type: 'uuid', nullable: true })
  promptAudioId: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Digits expected (DTMF); null: any length, ended by #.' })
  @Property({ type: 'integer', nullable: true })
  expectedLength: number | null = null;

  @Field(() => Int, { description: 'Seconds to wait for the id after the prompt.' })
  @Property({ type: 'integer' })
  inputTimeoutSeconds!: number;

  @Field(() => Int, { description: 'Times the caller is asked before the not-identified destination.' })
  @Property({ type: 'integer' })
  attempts!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Contact database the id is looked up in (external id; phone for CALLER_NUMBER).',
  })
  @Property({ type: 'uuid', nullable: true })
  contactDatabaseId: string | null = null;

  @Field(() => DestinationRef)
  @Embedded({ entity: () => DestinationRef, prefix: 'identified_' })
  identifiedDestination!: DestinationRef;

  @Field(() => DestinationRef)
  @Embedded({ entity: () => DestinationRef, prefix: 'not_identified_' })
  notIdentifiedDestination!: DestinationRef;
}
