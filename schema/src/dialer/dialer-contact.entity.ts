import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Contact } from '../contacts/contact.entity.js';

/** Where a contact stands in a dialer campaign. */
export enum DialerContactStatus {
  /** Ready to dial now (recycled contacts come back here). */
  PENDING = 'PENDING',
  /** Waiting for `nextAttemptAt`: a retry, or a global callback. */
  SCHEDULED = 'SCHEDULED',
  /** Claimed by a dialer (`claimedBy`); its call is on or its outcome not yet applied. */
  DIALING = 'DIALING',
  /** Nothing more to do: reached an agent, dispositioned, blocked, no phone, or out of attempts. */
  DONE = 'DONE',
}
registerEnumType(DialerContactStatus, { name: 'DialerContactStatus' });

/** Why the contact is scheduled; also the hopper's order: callbacks, then retries, then fresh contacts. */
export enum DialerContactSource {
  FRESH = 'FRESH',
  RETRY = 'RETRY',
  CALLBACK = 'CALLBACK',
}
registerEnumType(DialerContactSource, { name: 'DialerContactSource' });

/**
 * Outcome of a dialer call attempt, as the dialer and the retry rules see it. TIMEOUT: a human
 * answered and no agent took the call in time (abandoned).
 */
export enum DialOutcome {
  CONNECTED = 'CONNECTED',
  BUSY = 'BUSY',
  NO_ANSWER = 'NO_ANSWER',
  MACHINE = 'MACHINE',
  REJECTED = 'REJECTED',
  TIMEOUT = 'TIMEOUT',
  FAILED = 'FAILED',
  BLACKLISTED = 'BLACKLISTED',
  NO_PHONE = 'NO_PHONE',
  /** Not dialed: the campaign avoids duplicates and another contact with this main phone came first. */
  DUPLICATE = 'DUPLICATE',
  /** Hung up by the dialer while it rang: more humans were on their way than agents to take them. */
  SURPLUS = 'SURPLUS',
}
registerEnumType(DialOutcome, {
  name: 'DialOutcome',
  description: 'What became of a dialer attempt on a contact.',
  valuesConfig: {
    CONNECTED: { description: 'A human reached an agent.' },
    BUSY: { description: 'The line was busy.' },
    NO_ANSWER: { description: 'It rang until the dial timeout.' },
    MACHINE: { description: 'An answering machine (AMD).' },
    REJECTED: { description: 'The call was refused or the number does not exist.' },
    TIMEOUT: { description: 'A human answered and no agent took the call within 2 s (abandoned).' },
    FAILED: { description: 'The trunk or Asterisk failed to place the call.' },
    BLACKLISTED: { description: 'Not dialed: the number is on a do-not-call list.' },
    NO_PHONE: { description: 'Not dialed: no number in the phone column.' },
    DUPLICATE: {
      description: 'Not dialed: an earlier contact of the campaign has this main phone (avoidDuplicatePhones).',
    },
    SURPLUS: {
      description: 'Hung up by the dialer while it rang: more humans were coming than agents; tried again later.',
    },
  },
});

/**
 * A contact's progress through a dialer campaign: the durable hopper. A row exists from the
 * moment a dialer first claims the contact (fresh contacts are claimed by inserting the row, so
 * the unique key makes a double claim impossible); later attempts move it through SCHEDULED,
 * PENDING and DIALING. Everything the dialer, the retries process and the recycler decide is
 * written here, so restarting Redis or any worker loses nothing.
 */
@ObjectType()
@Entity({ tableName: 'dialer_contacts' })
@Unique({ properties: ['campaign', 'contact'] })
@Index({ properties: ['campaign', 'status', 'nextAttemptAt'] })
export class DialerContact {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @ManyToOne({ entity: () => Campaign, deleteRule: 'cascade' })
  campaign!: Rel<Campaign>;

  @Field(() => Contact)
  @ManyToOne({ entity: () => Contact, deleteRule: 'cascade' })
  contact!: Rel<Contact>;

  @Field(() => DialerContactStatus)
  @Enum({ items: () => DialerContactStatus, nativeEnumName: 'dialer_contact_status' })
  status: DialerContactStatus = DialerContactStatus.PENDING;

  @Field(() => DialerContactSource)
  @Enum({ items: () => DialerContactSource, nativeEnumName: 'dialer_contact_source' })
  source: DialerContactSource = DialerContactSource.FRESH;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt: Date | null = null;

  @Field(() => Int, { description: 'Calls placed to the contact in this campaign.' })
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  /** Attempts that ended with each outcome, for the retry rules' "at most M attempts". */
  @Property({ type: 'json', default: '{}' })
  attemptsByOutcome: Record<string, number> = {};

  @Field(() => Int, { description: "Index in the database's phone columns of the number to dial next." })
  @Property({ type: 'integer', default: 0 })
  phoneIndex: number = 0;

  @Field(() => DialOutcome, { nullable: true })
  @Enum({ items: () => DialOutcome, nativeEnumName: 'dial_outcome', nullable: true })
  lastOutcome: DialOutcome | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  lastCallId: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt: Date | null = null;

  /**
   * The call the dialer hung up while it rang, as surplus: kept in the row so that a dialer
   * taking the campaign over settles it as SURPLUS too (it equals lastCallId while that call is on).
   */
  @Property({ type: 'string', length: 64, nullable: true })
  surplusCallId: string | null = null;

  /** The global callback this row is scheduled for, while source is CALLBACK. */
  @Property({ type: 'uuid', nullable: true })
  callbackId: string | null = null;

  /** The dialer process holding a DIALING row (its WORKER_ID), and since when. */
  @Property({ type: 'string', length: 200, nullable: true })
  claimedBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  claimedAt: Date | null = null;

  /**
   * Revision of the contact's disposition whose retry rule the retries process has applied:
   * a disposition is applied once, however often the process sees it (restarts, catch-up scans).
   */
  @Property({ type: 'integer', nullable: true })
  dispositionRevision: number | null = null;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
