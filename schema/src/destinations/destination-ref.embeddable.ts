import { Embeddable, Enum, Property } from '@mikro-orm/core';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DestinationType } from './destination-type.js';

/**
 * Where a call goes next: a node of the destination graph by type and id (id null only for
 * HANGUP). Owners embed it with a prefix (`destination_`, `failover_`, `timeout_`...), so a
 * reference is two columns and not a foreign key: DestinationGraphService checks that the
 * target exists and that the graph has no cycle.
 */
@Embeddable()
@ObjectType('Destination')
@InputType('DestinationInput')
export class DestinationRef {
  @Field(() => DestinationType)
  @Enum({ items: () => DestinationType, nativeEnumName: 'destination_type' })
  @IsEnum(DestinationType)
  type!: DestinationType;

  @Field(() => ID, { nullable: true, description: 'The node: a campaign, IVR, time condition... id; null for HANGUP.' })
  @Property({ type: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  id!: string | null;
}

/** A plain copy (input objects are class instances type-graphql built; entities keep their own). */
export function destinationRef(type: DestinationType, id: string | null = null): DestinationRef {
  const ref = new DestinationRef();
  ref.type = type;
  ref.id = type === DestinationType.HANGUP ? null : id;
  return ref;
}

export const HANGUP_DESTINATION = (): DestinationRef => destinationRef(DestinationType.HANGUP);
