import { inTransaction } from '../common/transaction.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput } from '../common/domain-error.js';
import type { DomainContext } from '../common/domain-context.js';
import { Permission } from '../auth/permission.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { assignableAgentIds } from '../agents/agent-reach.js';
import { DispositionOption } from '../dispositions/disposition-option.entity.js';
import { RetryRule } from '../retries/retry-rule.entity.js';
import { Campaign } from './campaign.entity.js';
import { CampaignAgent } from './campaign-agent.entity.js';
import { CallingWindow } from './calling-window.embeddable.js';
import { QueueSettings } from './queue-settings.embeddable.js';
import { destinationRef } from '../destinations/destination-ref.embeddable.js';
import { findManagedCampaign } from './campaign-access.js';
import { applyCampaignSettings, validateCampaign } from './campaign-settings.js';
import { requireReachableDatabase } from '../contacts/contact-database-scope.js';
import type { CampaignSettingsInput } from './campaign.inputs.js';
import { isSingleLine } from '../common/text-rules.js';

/** Every setting a copy takes over as it is (references included); name and kind are the copy's own. */
const COPIED_SETTINGS = [
  'type',
  'contactDatabase',
  'interactionType',
  'externalUrl',
  'recordCalls',
  'objective',
  'speech',
  'showCampaignName',
  'outboundRoute',
  'outboundCallerId',
  'dialPrefix',
  'avoidDuplicatePhones',
  'externalSystem',
  'externalId',
  'previewDisconnectionMinutes',
  'previewInitialAssignment',
  'previewDeactivationColumn',
] as const;

function assertName(name: string): void {
  if (name.length < 1 || name.length > 128) throw invalidInput('name', 'must be 1 to 128 characters');
  // A top-level argument, so no input class validates it: the queue configuration carries it.
  if (!isSingleLine(name)) throw invalidInput('name', 'must be a single line without control characters');
}

function copySettings(source: Campaign, name: string, isTemplate: boolean): Campaign {
  const copy = new Campaign();
  for (const key of COPIED_SETTINGS) (copy as unknown as Record<string, unknown>)[key] = source[key];
  copy.name = name;
  copy.isTemplate = isTemplate;
  copy.blockedContactFields = [...source.blockedContactFields];
  copy.hiddenContactFields = [...source.hiddenContactFields];
  copy.queue = Object.assign(new QueueSettings(), source.queue, {
    failover: destinationRef(source.queue.failover.type, source.queue.failover.id),
  });
  copy.callingWindow = Object.assign(new CallingWindow(), source.callingWindow, {
    rules: structuredClone(source.callingWindow.rules),
  });
  return copy;
}

/** A new entity with these values; what em.create does, without its required-field typing. */
function build<T extends object>(em: EntityManager, entity: new () => T, values: Partial<T>): T {
  const row = Object.assign(new entity(), values);
  em.persist(row);
  return row;
}

/**
 * People, disposition options and retry rules (pointing at the copied options). With a viewer,
 * only the agents it may assign: a template's agents are not its own.
 */
async function copyConfiguration(em: EntityManager, source: Campaign, copy: Campaign, viewer?: Viewer): Promise<void> {
  await source.supervisors.init();
  // Any campaign manager may put itself among a template's supervisors: copied into a campaign
  // someone else makes, it would reach that campaign's contacts and agents. Only viewers who
  // see every campaign anyway copy them (storeCopy then adds the viewer itself).
  const trusted = !viewer || !source.isTemplate || viewer.can(Permission.CAMPAIGNS_ALL);
  copy.supervisors.set(trusted ? source.supervisors.getItems() : []);
  const assignments = await em.find(CampaignAgent, { campaign: source });
  const assignable = viewer
    ? await assignableAgentIds(
        em,
        viewer,
        assignments.map(({ agent }) => agent.id),
      )
    : null;
  for (const { agent, penalty } of assignments) {
    if (!assignable || assignable.has(agent.id)) build(em, CampaignAgent, { campaign: copy, agent, penalty });
  }
  const copiedOptions = new Map<string, DispositionOption>();
  const options = await em.find(DispositionOption, { campaign: source }, { orderBy: { position: 'asc' } });
  for (const { id, name, type, form, hidden, position } of options) {
    copiedOptions.set(id, build(em, DispositionOption, { campaign: copy, name, type, form, hidden, position }));
  }
  for (const { outcome, dispositionOption, retryAfterSeconds, maxAttempts } of await em.find(RetryRule, {
    campaign: source,
  })) {
    build(em, RetryRule, {
      campaign: copy,
      outcome,
      dispositionOption: dispositionOption ? copiedOptions.get(dispositionOption.id)! : null,
      retryAfterSeconds,
      maxAttempts,
    });
  }
}

/**
 * Validates and stores a copy with everything that configures its source; a creator without
 * CAMPAIGNS_ALL also supervises it, or could not see what it just made.
 */
async function storeCopy(
  context: DomainContext,
  source: Campaign,
  copy: Campaign,
  overrides?: CampaignSettingsInput | null,
): Promise<Campaign> {
  const { em, viewer } = context;
  if (overrides) await applyCampaignSettings(context, copy, overrides);
  // The source's database, unless replaced: every manager sees every template, not every
  // template's database (nor its id, which the message leaves out).
  if (copy.contactDatabase && overrides?.contactDatabaseId === undefined) {
    await requireReachableDatabase(context, copy.contactDatabase.id, 'contactDatabaseId', { hideId: true });
  }
  await validateCampaign(em, copy);
  em.persist(copy);
  await copyConfiguration(em, source, copy, viewer);
  if (!viewer.can(Permission.CAMPAIGNS_ALL) && !copy.supervisors.getItems().some((user) => user.id === viewer.userId)) {
    copy.supervisors.add(em.getReference(User, viewer.userId));
  }
  await em.flush();
  return copy;
}

/** The manual's "Create campaign from template": a new INACTIVE campaign with the template's settings. */
export function createCampaignFromTemplate(
  context: DomainContext,
  templateId: string,
  name: string,
  overrides?: CampaignSettingsInput | null,
): Promise<Campaign> {
  return inTransaction(context, 'Campaign', async (scoped) => {
    const template = await findManagedCampaign(scoped, templateId, { field: 'templateId' });
    assertName(name);
    if (!template.isTemplate) throw invalidInput('templateId', `${template.name} is a campaign, not a template`);
    const campaign = copySettings(template, name, false);
    campaign.template = template;
    return storeCopy(scoped, template, campaign, overrides);
  });
}

/** A template with the settings of an existing campaign (or template), for campaigns to come. */
export function saveCampaignAsTemplate(context: DomainContext, campaignId: string, name: string): Promise<Campaign> {
  return inTransaction(context, 'Campaign template', async (scoped) => {
    const source = await findManagedCampaign(scoped, campaignId, { field: 'campaignId' });
    assertName(name);
    return storeCopy(scoped, source, copySettings(source, name, true));
  });
}

/**
 * A copy of a campaign with everything that configures it, INACTIVE, on another contact
 * database: what recycling into a new campaign makes (the manual's "CAMPANA_CLONADA_<id>").
 * Runs in the caller's transaction; `supervisorId` also supervises it (a requester without
 * CAMPAIGNS_ALL, who could not see it otherwise).
 */
export async function cloneCampaign(
  em: EntityManager,
  source: Campaign,
  copy: { name: string; contactDatabase: Campaign['contactDatabase']; supervisorId: string | null },
): Promise<Campaign> {
  assertName(copy.name);
  const campaign = copySettings(source, copy.name, false);
  campaign.contactDatabase = copy.contactDatabase;
  await validateCampaign(em, campaign);
  em.persist(campaign);
  await copyConfiguration(em, source, campaign);
  if (copy.supervisorId && !campaign.supervisors.getItems().some((user) => user.id === copy.supervisorId)) {
    campaign.supervisors.add(em.getReference(User, copy.supervisorId));
  }
  await em.flush();
  return campaign;
}
