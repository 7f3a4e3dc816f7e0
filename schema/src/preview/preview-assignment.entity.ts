import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { BaseEntity } from '../common/base.entity.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';
import { PreviewAssignmentStatus } from './preview.enums.js';

/**
 * One contact of a preview campaign and who may get it (the manual's AgenteEnContacto).
 * Rows are written in bulk by SQL (preview-assignment.sql.ts) and changed row by row under
 * `FOR UPDATE SKIP LOCKED`, so that no contact reaches two agents.
 */
@ObjectType({ description: 'A contact of a preview campaign, its place in the delivery order and its state.' })
@Entity({ tableName: 'preview_assignments' })
@Unique({ properties: ['campaign', 'contact'] })
// The next contact: equality on campaign, status and agent (or agent IS NULL), in position order.
@Index({ properties: ['campaign', 'status', 'agent', 'position'] })
// The sweep of expired reservations.
@Index({ properties: ['status', 'reservedUntil'] })
export class PreviewAssignment extends BaseEntity {
  @ManyToOne({ entity: () => Campaign, deleteRule: 'cascade' })
  campaign!: Rel<Campaign>;

  @ManyToOne({ entity: () => Contact, deleteRule: 'cascade' })
  @Index()
  contact!: Rel<Contact>;

  /** The agent it is pre-assigned to (INITIAL) or held by (RESERVED, DELIVERED); null: free. */
  @ManyToOne({ entity: () => AgentProfile, nullable: true, deleteRule: 'set null' })
  agent: Rel<AgentProfile> | null = null;

  @Field(() => PreviewAssignmentStatus)
  @Enum({
    items: () => PreviewAssignmentStatus,
    nativeEnumName: 'preview_assignment_status',
    default: PreviewAssignmentStatus.INITIAL,
  })
  status: PreviewAssignmentStatus = PreviewAssignmentStatus.INITIAL;

  @Field(() => Int, { description: 'Delivery order within the campaign: lower first.' })
  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'RESERVED: when the contact goes back to the others, unless the agent calls it first.',
  })
  @Property({ type: 'datetime', nullable: true })
  reservedUntil: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Last time the contact was handed to an agent.' })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;

  @Field(() => Int, { description: 'Calls placed to the contact from the campaign.' })
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Field(() => ID)
  get campaignId(): string {
    return this.campaign.id;
  }

  @Field(() => ID)
  get contactId(): string {
    return this.contact.id;
  }

  @Field(() => ID, { nullable: true, description: 'AgentProfile id.' })
  get agentId(): string | null {
    return this.agent?.id ?? null;
  }
}
