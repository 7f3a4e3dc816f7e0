import { FlushMode, wrap } from '@mikro-orm/core';
import { assertMusicOnHoldSelectable } from '../audio/music-on-hold.service.js';
import { isTimeZone } from '../common/local-clock.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireReference } from '../common/crud.service.js';
import { invalidInput } from '../common/domain-error.js';
import type { DomainContext } from '../common/domain-context.js';
import { ContactDatabase } from '../contacts/contact-database.entity.js';
import { requireReachableDatabase } from '../contacts/contact-database-scope.js';
import { OutboundRoute } from '../telephony/outbound-route.entity.js';
import { ExternalSystem } from '../telephony/external-system.entity.js';
import { Campaign } from './campaign.entity.js';
import { CampaignState, CampaignType, InteractionType } from './campaign.enums.js';
import { CampaignErrors } from './campaign.errors.js';
import { CALLING_WINDOW_DEFAULTS, type CallingWindow } from './calling-window.embeddable.js';
import { QUEUE_DEFAULTS, type QueueSettings } from './queue-settings.embeddable.js';
import type { CampaignSettingsInput } from './campaign.inputs.js';
import { validatePreviewSettings } from '../preview/preview-settings.js';
import { validateQueueReferences } from './queue-settings.rules.js';

/** The US Telemarketing Sales Rule's shortest ring before an unanswered call may be dropped. */
export const MIN_RING_BEFORE_HANGUP_SECONDS = 15;

/** Plain settings copied as they are; null is refused for the ones that cannot be empty. */
const PLAIN_SETTINGS = [
  'interactionType',
  'externalUrl',
  'recordCalls',
  'objective',
  'speech',
  'showCampaignName',
  'outboundCallerId',
  'dialPrefix',
  'avoidDuplicatePhones',
  'externalId',
  'blockedContactFields',
  'hiddenContactFields',
  'previewDisconnectionMinutes',
  'previewInitialAssignment',
  'previewDeactivationColumn',
] as const;
const REQUIRED_SETTINGS = new Set<string>([
  'name',
  'interactionType',
  'recordCalls',
  'objective',
  'showCampaignName',
  'avoidDuplicatePhones',
  'blockedContactFields',
  'hiddenContactFields',
  'previewDisconnectionMinutes',
  'previewInitialAssignment',
]);

/**
 * Applies what an input sets onto a campaign; validateCampaign checks the result as a whole.
 * A contact database must be one the viewer reaches: a campaign it supervises would otherwise
 * hand it someone else's contacts.
 */
export async function applyCampaignSettings(
  context: DomainContext,
  campaign: Campaign,
  input: CampaignSettingsInput & { name?: string },
): Promise<void> {
  const { em } = context;
  for (const key of ['name', ...PLAIN_SETTINGS] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (value === null && REQUIRED_SETTINGS.has(key)) throw invalidInput(key, 'cannot be null');
    (campaign as unknown as Record<string, unknown>)[key] = Array.isArray(value) ? [...value] : value;
  }
  if (input.contactDatabaseId !== undefined) {
    if (input.contactDatabaseId !== null) {
      await requireReachableDatabase(context, input.contactDatabaseId, 'contactDatabaseId');
    }
    campaign.contactDatabase = await optionalReference(
      em,
      ContactDatabase,
      input.contactDatabaseId,
      'contactDatabaseId',
    );
  }
  if (input.outboundRouteId !== undefined) {
    campaign.outboundRoute = await optionalReference(em, OutboundRoute, input.outboundRouteId, 'outboundRouteId');
  }
  if (input.externalSystemId !== undefined) {
    campaign.externalSystem = await optionalReference(em, ExternalSystem, input.externalSystemId, 'externalSystemId');
  }
  if (input.queue) mergeEmbedded<QueueSettings>(campaign.queue, input.queue, QUEUE_DEFAULTS, 'queue');
  if (input.callingWindow) {
    mergeEmbedded<CallingWindow>(campaign.callingWindow, input.callingWindow, CALLING_WINDOW_DEFAULTS, 'callingWindow');
  }
}

async function optionalReference<T extends object>(
  em: EntityManager,
  entity: new () => T,
  id: string | null,
  field: string,
): Promise<T | null> {
  return id === null ? null : requireReference(em, entity, id, field);
}

/**
 * Copies the fields a partial input carries; a field whose default is null may be cleared,
 * the others may not.
 */
function mergeEmbedded<T extends object>(target: T, input: Partial<T>, defaults: Readonly<T>, field: string): void {
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || !(key in defaults)) continue;
    if (value === null && defaults[key as keyof T] !== null) throw invalidInput(`${field}.${key}`, 'cannot be null');
    (target as Record<string, unknown>)[key] = Array.isArray(value) ? structuredClone(value) : value;
  }
}

/** The rules a campaign's settings must meet together, after any create, update or clone. */
export async function validateCampaign(em: EntityManager, campaign: Campaign): Promise<void> {
  await assertNameFree(em, campaign);
  validateCallingWindow(campaign.callingWindow);
  await assertMusicOnHoldSelectable(em, campaign.queue.musicOnHold);
  const surplusHangup = campaign.queue.surplusHangupAfterSeconds;
  if (surplusHangup > 0 && surplusHangup < MIN_RING_BEFORE_HANGUP_SECONDS) {
    throw invalidInput(
      'queue.surplusHangupAfterSeconds',
      `must be 0 (never) or at least ${MIN_RING_BEFORE_HANGUP_SECONDS}: an unanswered call must ring that long before the dialer may drop it`,
    );
  }
  if (!campaign.isTemplate && needsContactDatabase(campaign) && !campaign.contactDatabase) {
    throw invalidInput('contactDatabaseId', `${campaign.type} campaigns need a contact database`);
  }
  if (campaign.interactionType === InteractionType.EXTERNAL_URL && !campaign.externalUrl) {
    throw invalidInput('externalUrl', 'is required when interactionType is EXTERNAL_URL');
  }
  if (campaign.externalUrl && !isHttpUrl(campaign.externalUrl)) {
    throw invalidInput('externalUrl', 'must be an http or https URL');
  }
  if (campaign.externalId && !campaign.externalSystem) {
    throw invalidInput('externalId', 'needs externalSystemId: the id belongs to an external system');
  }
  await assertExternalIdFree(em, campaign);
  await validateRestrictedFields(campaign);
  await validatePreviewSettings(campaign);
  await validateQueueReferences(em, campaign);
}

export function needsContactDatabase(campaign: Pick<Campaign, 'type'>): boolean {
  return campaign.type === CampaignType.DIALER || campaign.type === CampaignType.PREVIEW;
}

async function assertNameFree(em: EntityManager, campaign: Campaign): Promise<void> {
  // The partial unique index enforces this under races; this check names the problem.
  // COMMIT flush mode: an automatic flush of the pending change would hit that index first.
  const taken = await em.count(
    Campaign,
    {
      name: campaign.name,
      isTemplate: campaign.isTemplate,
      state: { $ne: CampaignState.DELETED },
      id: { $ne: campaign.id },
    },
    { flushMode: FlushMode.COMMIT },
  );
  if (taken > 0) {
    const kind = campaign.isTemplate ? 'template' : 'campaign';
    throw CampaignErrors.create('NAME_TAKEN', `name: a ${kind} named ${campaign.name} already exists`, {
      field: 'name',
      name: campaign.name,
    });
  }
}

async function assertExternalIdFree(em: EntityManager, campaign: Campaign): Promise<void> {
  // As assertNameFree: the partial unique index holds under races, this names the problem.
  if (!campaign.externalId || !campaign.externalSystem || campaign.isTemplate) return;
  const taken = await em.count(
    Campaign,
    {
      externalSystem: campaign.externalSystem.id,
      externalId: campaign.externalId,
      isTemplate: false,
      state: { $ne: CampaignState.DELETED },
      id: { $ne: campaign.id },
    },
    { flushMode: FlushMode.COMMIT },
  );
  if (taken > 0) {
    throw CampaignErrors.create(
      'EXTERNAL_ID_TAKEN',
      `externalId: another campaign of this external system has the external id ${campaign.externalId}`,
      { field: 'externalId', externalId: campaign.externalId },
    );
  }
}

function validateCallingWindow(window: CallingWindow): void {
  if (!isTimeZone(window.timeZone)) {
    throw invalidInput('callingWindow.timeZone', `${window.timeZone} is not an IANA time zone`);
  }
  // HH:MM strings (checked by the input) compare correctly as text.
  window.rules.forEach((rule, index) => {
    if (rule.endTime <= rule.startTime) {
      throw invalidInput(`callingWindow.rules[${index}].endTime`, `${rule.endTime} is not after ${rule.startTime}`);
    }
  });
  if (window.startDate && window.endDate && window.startDate > window.endDate) {
    throw invalidInput('callingWindow.endDate', `${window.endDate} is before startDate ${window.startDate}`);
  }
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

async function validateRestrictedFields(campaign: Campaign): Promise<void> {
  const { blockedContactFields: blocked, hiddenContactFields: hidden } = campaign;
  if (blocked.length === 0 && hidden.length === 0) return;
  const field = blocked.length > 0 ? 'blockedContactFields' : 'hiddenContactFields';
  if (!campaign.contactDatabase) throw invalidInput(field, 'restricting contact fields needs a contact database');
  const database = campaign.contactDatabase;
  if (!wrap(database).isInitialized()) await wrap(database).init();
  for (const [name, list] of [
    ['blockedContactFields', blocked],
    ['hiddenContactFields', hidden],
  ] as const) {
    const unknown = list.filter((column) => !database.columns.includes(column));
    if (unknown.length > 0) {
      throw invalidInput(name, `${unknown.join(', ')} not columns of ${database.name}`, { columns: unknown });
    }
  }
  const both = hidden.filter((column) => blocked.includes(column));
  if (both.length > 0) {
    throw invalidInput('hiddenContactFields', `${both.join(', ')} also blocked: a field is blocked or hidden`, {
      columns: both,
    });
  }
  // The manual: agents always see the number they are calling.
  const mainPhone = database.phoneColumns[0];
  if (mainPhone && hidden.includes(mainPhone)) {
    throw invalidInput('hiddenContactFields', `${mainPhone} is the main phone and cannot be hidden`);
  }
}
