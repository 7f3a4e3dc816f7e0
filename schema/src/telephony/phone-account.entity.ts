import { Entity, Enum, OneToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { User } from '../auth/user.entity.js';
import { AgentPhoneType } from '../agents/agent-profile.entity.js';

/**
 * A supervisor's webphone: an extension and a SIP secret, like an agent's profile but without
 * the agent's group and campaigns. Supervisors listen, whisper and barge on agents' calls
 * (supervision/spy.service.ts), so they need an endpoint too. Not a GraphQL type: its owner reads it through mySipCredentials.
 */
@Entity({ tableName: 'phone_accounts' })
export class PhoneAccount extends BaseEntity {
  @OneToOne({ entity: () => User, owner: true, unique: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  /** Shares its numbering with AgentProfile.sipExtension (phone-account.service.ts). */
  @Property({ type: 'integer' })
  @Unique()
  sipExtension!: number;

  /**
   * The webphone by default; SIP for a supervisor's desk phone (and the spy tests' SIP test
   * phones, which cannot do WebRTC). The telephony model reads it as it reads agents'.
   */
  @Enum({ items: () => AgentPhoneType, nativeEnumName: 'agent_phone_type', default: AgentPhoneType.WEBRTC })
  phoneType: AgentPhoneType = AgentPhoneType.WEBRTC;

  /** Generated SIP password; handed only to its owner. */
  @Property({ type: 'string', length: 64, hidden: true })
  sipSecret!: string;
}
