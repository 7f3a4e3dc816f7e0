import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../common/domain-context.js';
import { CommonErrors, DomainError, ErrorKind } from '../common/domain-error.js';
import { describeProblems, type FieldProblem } from '../common/field-problems.js';
import { inTransaction } from '../common/transaction.js';
import { Permission } from '../auth/permission.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import type { ContactDatabase } from '../contacts/contact-database.entity.js';
import { findDatabase } from '../contacts/contact-database.service.js';
import type { ContactStructure } from '../contacts/contact-structure.js';
import type { Campaign } from './campaign.entity.js';
import { CampaignDatabaseChange } from './campaign-database-change.entity.js';
import { CampaignState } from './campaign.enums.js';
import { CampaignDatabaseErrors } from './campaign-database.errors.js';
import { findManagedCampaign } from './campaign-access.js';
import { campaignNotifier } from './campaign.notifier.js';

/** The manual: "the campaign must be paused or under the status of finished". */
const REPLACEABLE_STATES: readonly CampaignState[] = [CampaignState.PAUSED, CampaignState.FINISHED];

const quoted = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(', ') || 'none';

/**
 * What keeps `next` from standing in for `current`: the same columns (in any order: contacts
 * store them by name), the same phone columns in the same order (the first is the main phone,
 * the others are dialed in that order), the same external id column.
 */
export function structureDifferences(current: ContactStructure, next: ContactStructure): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const missing = current.columns.filter((column) => !next.columns.includes(column));
  const extra = next.columns.filter((column) => !current.columns.includes(column));
  if (missing.length > 0) problems.push({ field: 'columns', message: `lacks ${quoted(missing)}` });
  if (extra.length > 0) problems.push({ field: 'columns', message: `has ${quoted(extra)} besides the campaign's` });
  if (current.phoneColumns.join('\u0000') !== next.phoneColumns.join('\u0000')) {
    problems.push({
      field: 'phoneColumns',
      message: `are ${quoted(next.phoneColumns)}, not ${quoted(current.phoneColumns)} in that order`,
    });
  }
  if (current.externalIdColumn !== next.externalIdColumn) {
    const name = (column: string | null) => (column === null ? 'none' : `"${column}"`);
    problems.push({
      field: 'externalIdColumn',
      message: `is ${name(next.externalIdColumn)}, not ${name(current.externalIdColumn)}`,
    });
  }
  return problems;
}

function assertReplaceable(campaign: Campaign): void {
  if (campaign.isTemplate) {
    throw CampaignDatabaseErrors.create(
      'TEMPLATE',
      `campaignId: ${campaign.name} is a template; it has no contacts to rotate (set its contactDatabaseId instead)`,
      { field: 'campaignId' },
    );
  }
  if (!REPLACEABLE_STATES.includes(campaign.state)) {
    throw CampaignDatabaseErrors.create(
      'WRONG_STATE',
      `Campaign ${campaign.name} is ${campaign.state}: pause or finish it before replacing its contact database`,
      { state: campaign.state, allowed: REPLACEABLE_STATES },
    );
  }
}

/** The replacement database, visible to the viewer, share-locked so its structure cannot change meanwhile. */
async function replacementDatabase(em: EntityManager, viewer: Viewer, id: string): Promise<ContactDatabase> {
  try {
    return await findDatabase(em, viewer, id, LockMode.PESSIMISTIC_READ);
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind !== ErrorKind.NOT_FOUND) throw error;
    throw CommonErrors.create('NOT_FOUND', `databaseId: contact database ${id} was not found`, {
      entity: 'Contact database',
      field: 'databaseId',
      id,
    });
  }
}

function assertSameStructure(current: ContactDatabase, next: ContactDatabase): void {
  const problems = structureDifferences(current, next);
  if (problems.length === 0) return;
  const { message, details } = describeProblems(problems);
  throw CampaignDatabaseErrors.create(
    'STRUCTURE_MISMATCH',
    `databaseId: ${next.name} does not have the structure of ${current.name}: ${message}`,
    { ...details, field: 'databaseId' },
  );
}

/**
 * The manual's "Contact database rotation": a paused or finished campaign continues with
 * another database of the same structure, keeping its reports and dispositions (they point at
 * the earlier contacts, which stay). Agents reach contacts through the campaign's current
 * database only, so the earlier ones leave their reach with the change. Recorded in the
 * campaign's databaseHistory; dialers and the telephony configuration hear campaign.updated.
 */
export async function replaceCampaignContactDatabase(
  context: DomainContext,
  campaignId: string,
  databaseId: string,
): Promise<Campaign> {
  const campaign = await inTransaction(context, 'Campaign', async (scoped) => {
    const { em, viewer } = scoped;
    const locked = await findManagedCampaign(scoped, campaignId, { field: 'campaignId', lock: true });
    assertReplaceable(locked);
    const database = await replacementDatabase(em, viewer, databaseId);
    await em.populate(locked, ['contactDatabase']);
    const current = locked.contactDatabase;
    if (current?.id === database.id) {
      throw CampaignDatabaseErrors.create('SAME_DATABASE', `databaseId: the campaign already uses ${database.name}`, {
        field: 'databaseId',
      });
    }
    if (current) assertSameStructure(current, database);
    const change = new CampaignDatabaseChange();
    Object.assign(change, {
      campaign: locked,
      fromDatabase: current,
      toDatabase: database,
      changedBy: em.getReference(User, viewer.userId),
      campaignState: locked.state,
    });
    locked.contactDatabase = database;
    em.persist(change);
    await em.flush();
    return locked;
  });
  campaignNotifier.updated(context, campaign.id);
  return campaign;
}

/**
 * updateCampaign sets the database of a campaign being defined (INACTIVE) or of a template;
 * once a campaign has run, its database changes only by replacement, with its rules and history.
 */
export function assertDatabaseSettable(campaign: Campaign, input: { contactDatabaseId?: string | null }): void {
  if (input.contactDatabaseId === undefined || campaign.isTemplate || campaign.state === CampaignState.INACTIVE) return;
  if ((input.contactDatabaseId ?? null) === (campaign.contactDatabase?.id ?? null)) return;
  throw CampaignDatabaseErrors.create(
    'REPLACEMENT_REQUIRED',
    `contactDatabaseId: campaign ${campaign.name} is ${campaign.state}; replace its database with ` +
      'replaceCampaignContactDatabase while it is PAUSED or FINISHED',
    { field: 'contactDatabaseId', state: campaign.state },
  );
}

/** Every replacement of the campaign's database, oldest first (batched across a page of campaigns). */
export async function campaignDatabaseHistory(
  context: DomainContext,
  campaign: Campaign,
): Promise<CampaignDatabaseChange[]> {
  context.viewer.requireAny(Permission.CAMPAIGNS_MANAGE, Permission.REPORTS_READ);
  await campaign.databaseChanges.load({
    dataloader: true,
    populate: ['fromDatabase', 'toDatabase', 'changedBy.role'],
  });
  return campaign.databaseChanges.getItems();
}
