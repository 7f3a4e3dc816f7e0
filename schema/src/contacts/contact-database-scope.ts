import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../common/domain-context.js';
import { CommonErrors } from '../common/domain-error.js';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import { ContactDatabase } from './contact-database.entity.js';
import { isUuid } from '../common/uuid.js';

/*
 * THE rule of who reaches a contact database, and through it its contacts. Every path asks it:
 * GraphQL queries and mutations on databases and contacts, campaign settings (createCampaign,
 * updateCampaign, templates, replaceCampaignContactDatabase), the CSV exports, and the
 * database a campaign or template shows.
 */

/**
 * Ids of the databases a supervisor (no CAMPAIGNS_ALL, no agent profile) reaches: those it
 * created; those of the campaigns it supervises, current or earlier (a replaced database keeps
 * the campaign's dispositions and history, so it stays with that campaign's supervisors).
 * Templates confer nothing: every campaign manager sees every template, and may put itself
 * among a template's supervisors.
 */
const SUPERVISED_DATABASE_IDS = `
  select d.id from contact_databases d where d.created_by_id = ?
  union all
  select c.contact_database_id from campaigns c join campaign_supervisors cs on cs.campaign_id = c.id
   where cs.user_id = ? and not c.is_template and c.contact_database_id is not null
  union all
  select h.from_database_id from campaign_database_changes h
    join campaigns c on c.id = h.campaign_id join campaign_supervisors cs on cs.campaign_id = c.id
   where cs.user_id = ? and not c.is_template and h.from_database_id is not null`;

/**
 * Contact databases a viewer reaches, as a condition on the column holding the database id
 * ("id" on contact_databases, "database_id" on contacts):
 * - agents: the current databases of campaigns they are assigned to, whatever else they may;
 * - CAMPAIGNS_ALL: every database;
 * - others (supervisors): see SUPERVISED_DATABASE_IDS.
 */
export function databaseAccess<T extends object>(
  viewer: Viewer,
  databaseIdColumn: 'id' | 'database_id',
): FilterQuery<T> {
  const column = (alias: string) => `${alias}.${databaseIdColumn}`;
  if (viewer.agentId) {
    const assigned = raw(
      (alias: string) =>
        `exists (select 1 from campaigns c join campaign_agents ca on ca.campaign_id = c.id` +
        ` where c.contact_database_id = ${column(alias)} and ca.agent_id = ?)`,
      [viewer.agentId],
    );
    return { [assigned]: [] } as FilterQuery<T>;
  }
  if (viewer.can(Permission.CAMPAIGNS_ALL)) return {} as FilterQuery<T>;
  const supervised = raw(
    (alias: string) => `${column(alias)} in (${SUPERVISED_DATABASE_IDS})`,
    [viewer.userId, viewer.userId, viewer.userId],
  );
  return { [supervised]: [] } as FilterQuery<T>;
}

/** Of these ids, the ones the viewer reaches (one query). */
export async function reachableDatabaseIds(
  em: EntityManager,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Set<string>> {
  const wellFormed = [...new Set(ids.filter((id) => isUuid(id)).map((id) => id.toLowerCase()))];
  if (wellFormed.length === 0) return new Set();
  if (!viewer.agentId && viewer.can(Permission.CAMPAIGNS_ALL)) return new Set(wellFormed);
  const rows = await em.find(
    ContactDatabase,
    { $and: [{ id: { $in: wellFormed } }, databaseAccess<ContactDatabase>(viewer, 'id')] },
    { fields: ['id'], disableIdentityMap: true },
  );
  return new Set(rows.map((row) => row.id));
}

/**
 * A database id given in an input (contactDatabaseId, databaseId) that the viewer must reach,
 * or NOT_FOUND naming the field: a database outside its reach is not told from a missing one.
 * `hideId` leaves the id out of the message, for ids the viewer did not give (a template's).
 */
export async function requireReachableDatabase(
  { em, viewer }: DomainContext,
  id: string,
  field: string,
  { hideId = false }: { hideId?: boolean } = {},
): Promise<void> {
  if ((await reachableDatabaseIds(em, viewer, [id])).size > 0) return;
  const what = hideId ? 'the contact database it names is not one you can use' : `contact database ${id} was not found`;
  throw CommonErrors.create('NOT_FOUND', `${field}: ${what}`, {
    entity: 'Contact database',
    field,
    ...(hideId ? {} : { id }),
  });
}

// One batch per request and tick: a page of campaigns costs one query, not one per campaign.
interface Batch {
  ids: Set<string>;
  result: Promise<Set<string>>;
}
const batches = new WeakMap<EntityManager, Batch>();

function batchedReach(context: DomainContext, id: string): Promise<Set<string>> {
  const pending = batches.get(context.em);
  if (pending) {
    pending.ids.add(id);
    return pending.result;
  }
  const ids = new Set([id]);
  const result = Promise.resolve().then(() => {
    batches.delete(context.em);
    return reachableDatabaseIds(context.em, context.viewer, [...ids]);
  });
  batches.set(context.em, { ids, result });
  return result;
}

/**
 * The database as a campaign, template or history entry shows it: itself when the viewer
 * reaches it, null otherwise (a template of another supervisor's names a database that is
 * not this viewer's to see, nor its id).
 */
export async function visibleDatabase(
  context: DomainContext,
  database: ContactDatabase | null | undefined,
): Promise<ContactDatabase | null> {
  if (!database) return null;
  const reachable = await batchedReach(context, database.id);
  return reachable.has(database.id) ? database : null;
}
