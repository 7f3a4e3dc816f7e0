import {
  Collection,
  Embedded,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { BaseEntity } from '../common/base.entity.js';
import { User } from '../auth/user.entity.js';
import { ContactDatabase } from '../contacts/contact-database.entity.js';
import { OutboundRoute } from '../telephony/outbound-route.entity.js';
import { ExternalSystem } from '../telephony/external-system.entity.js';
import { CampaignState, CampaignType, InteractionType } from './campaign.enums.js';
import { QueueSettings } from './queue-settings.embeddable.js';
import { CallingWindow } from './calling-window.embeddable.js';
import { CampaignAgent } from './campaign-agent.entity.js';
import { DispositionOption } from '../dispositions/disposition-option.entity.js';
import { RetryRule } from '../retries/retry-rule.entity.js';
import { CampaignDatabaseChange } from './campaign-database-change.entity.js';
import { PreviewAssignmentMode } from '../preview/preview.enums.js';

@ObjectType()
@Entity({ tableName: 'campaigns' })
// Names are unique among live campaigns and among templates; deleted ones free their name.
@Index({
  name: 'campaigns_live_name_unique',
  expression: `create unique index "campaigns_live_name_unique" on "campaigns" ("name", "is_template") where "state" <> 'DELETED'`,
})
// A CRM names a campaign by (external system, external id): one live campaign per pair.
@Index({
  name: 'campaigns_external_id_unique',
  expression: `create unique index "campaigns_external_id_unique" on "campaigns" ("external_system_id", "external_id") where "external_id" is not null and "is_template" = false and "state" <> 'DELETED'`,
})
export class Campaign extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 128 })
  name!: string;

  @Field(() => CampaignType)
  @Enum({ items: () => CampaignType, nativeEnumName: 'campaign_type' })
  type!: CampaignType;

  @Field(() => CampaignState)
  @Enum({ items: () => CampaignState, nativeEnumName: 'campaign_state' })
  @Index()
  state: CampaignState = CampaignState.INACTIVE;

  @Field(() => Boolean, { description: 'Templates are never dialed; campaigns are created from them.' })
  @Property({ type: 'boolean', default: false })
  isTemplate: boolean = false;

  @Field(() => ContactDatabase, {
    nullable: true,
    description: 'Null as well when the viewer does not reach it (a template of another supervisor).',
  })
  @ManyToOne({ entity: () => ContactDatabase, nullable: true, deleteRule: 'restrict' })
  contactDatabase: Rel<ContactDatabase> | null = null;

  @Field(() => InteractionType)
  @Enum({ items: () => InteractionType, nativeEnumName: 'interaction_type' })
  interactionType: InteractionType = InteractionType.FORM;

  @Field(() => String, {
    nullable: true,
    description: 'CRM page opened per call when interactionType is EXTERNAL_URL.',
  })
  @Property({ type: 'string', length: 2048, nullable: true })
  externalUrl: string | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  recordCalls: boolean = false;

  @Field(() => Int, { description: 'Engaged dispositions expected; progress is shown against it.' })
  @Property({ type: 'integer', default: 0 })
  objective: number = 0;

  @Field(() => String, { nullable: true, description: 'Script shown to agents on campaign calls.' })
  @Property({ type: 'text', nullable: true })
  speech: string | null = null;

  @Field(() => Boolean, { description: 'Agents see the campaign name when a call arrives.' })
  @Property({ type: 'boolean', default: true })
  showCampaignName: boolean = true;

  @Field(() => OutboundRoute, { nullable: true })
  @ManyToOne({ entity: () => OutboundRoute, nullable: true, deleteRule: 'set null' })
  outboundRoute: Rel<OutboundRoute> | null = null;

  @Field(() => String, { nullable: true, description: 'Caller id presented on calls through the outbound route.' })
  @Property({ type: 'string', length: 64, nullable: true })
  outboundCallerId: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'DIALER: digits dialed before every number of the campaign (the manual\'s "Prefijo discador").',
  })
  @Property({ type: 'string', length: 16, nullable: true })
  dialPrefix: string | null = null;

  @Field(() => Boolean, {
    description:
      'DIALER: a contact whose main phone is the main phone of a contact dialed before in this campaign is not dialed (outcome DUPLICATE).',
  })
  @Property({ type: 'boolean', default: false })
  avoidDuplicatePhones: boolean = false;

  @Field(() => ExternalSystem, { nullable: true })
  @ManyToOne({ entity: () => ExternalSystem, nullable: true, deleteRule: 'set null' })
  externalSystem: Rel<ExternalSystem> | null = null;

  @Field(() => String, { nullable: true, description: 'The campaign id in the external system.' })
  @Property({ type: 'string', length: 128, nullable: true })
  externalId: string | null = null;

  @Field(() => QueueSettings)
  @Embedded({ entity: () => QueueSettings, prefix: 'queue_' })
  queue: QueueSettings = QueueSettings.defaults();

  @Field(() => CallingWindow)
  @Embedded({ entity: () => CallingWindow, prefix: 'window_' })
  callingWindow: CallingWindow = CallingWindow.defaults();

  @Field(() => [String], { description: 'Contact fields agents see but cannot edit.' })
  @Property({ type: 'text[]', default: '{}' })
  blockedContactFields: string[] = [];

  @Field(() => [String], { description: 'Contact fields that never reach agents.' })
  @Property({ type: 'text[]', default: '{}' })
  hiddenContactFields: string[] = [];

  @Field(() => Int, {
    description: 'PREVIEW: minutes a delivered contact stays reserved for its agent before it is released.',
  })
  @Property({ type: 'integer', default: 2 })
  previewDisconnectionMinutes: number = 2;

  @Field(() => PreviewAssignmentMode, { description: 'PREVIEW: how contacts are pre-assigned when it is activated.' })
  @Enum({ items: () => PreviewAssignmentMode, nativeEnumName: 'preview_assignment_mode', default: 'NONE' })
  previewInitialAssignment: PreviewAssignmentMode = PreviewAssignmentMode.NONE;

  @Field(() => String, {
    nullable: true,
    description: 'PREVIEW: contact column marking contacts not to deliver: 0, false or no (any case) deactivate.',
  })
  @Property({ type: 'string', length: 128, nullable: true })
  previewDeactivationColumn: string | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  deletedAt: Date | null = null;

  @Field(() => Campaign, { nullable: true, description: 'The template this campaign was created from.' })
  @ManyToOne({ entity: () => Campaign, nullable: true, deleteRule: 'set null' })
  template: Rel<Campaign> | null = null;

  @ManyToMany({ entity: () => User, pivotTable: 'campaign_supervisors', owner: true })
  supervisors = new Collection<User>(this);

  // Collections below are GraphQL fields through CampaignResolver, which loads them in batches.
  @OneToMany({ entity: () => CampaignAgent, mappedBy: 'campaign', orphanRemoval: true })
  agents = new Collection<CampaignAgent>(this);

  @OneToMany({ entity: () => DispositionOption, mappedBy: 'campaign', orderBy: { position: 'asc', createdAt: 'asc' } })
  dispositionOptions = new Collection<DispositionOption>(this);

  @OneToMany({ entity: () => RetryRule, mappedBy: 'campaign', orderBy: { createdAt: 'asc' } })
  retryRules = new Collection<RetryRule>(this);

  @OneToMany({ entity: () => CampaignDatabaseChange, mappedBy: 'campaign', orderBy: { createdAt: 'asc', id: 'asc' } })
  databaseChanges = new Collection<CampaignDatabaseChange>(this);
}
