import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

/** The manual's "Cargar template" buttons; kept to show which template a trunk started from. */
export enum TrunkTemplate {
  INTERNET = 'INTERNET',
  DEDICATED = 'DEDICATED',
  PBX_LAN = 'PBX_LAN',
  PBX_NAT = 'PBX_NAT',
  OMNILEADS_INSIDE_PBX = 'OMNILEADS_INSIDE_PBX',
  CUSTOM = 'CUSTOM',
}
registerEnumType(TrunkTemplate, { name: 'TrunkTemplate' });

/**
 * A SIP trunk: the pjsip-wizard text an administrator enters, as in the manual. The text holds
 * credentials, so it is exposed only through a field resolver that masks them.
 */
@ObjectType()
@Entity({ tableName: 'trunks' })
export class Trunk extends BaseEntity {
  @Field(() => String, { description: 'Also the Asterisk section name: letters, digits, _ and -.' })
  @Property({ type: 'string', length: 64 })
  @Unique()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Number presented on calls through the trunk.' })
  @Property({ type: 'string', length: 64, nullable: true })
  callerId: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer', default: 1000 })
  maxChannels: number = 1000;

  @Property({ type: 'text' })
  sipDetails: string = '';

  @Field(() => TrunkTemplate, { nullable: true })
  @Enum({ items: () => TrunkTemplate, nativeEnumName: 'trunk_template', nullable: true })
  template: TrunkTemplate | null = null;
}
