import type { EntityManager } from '@mikro-orm/postgresql';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { PreviewAssignmentMode, PreviewAssignmentStatus } from './preview.enums.js';
import { DELIVERABLE_CONTACT_SQL, deliverableParameters } from './preview-settings.js';

/*
 * The set-based statements of preview campaigns. A contact database may hold a million rows,
 * so nothing here loads contacts into memory: rows are written by INSERT ... SELECT and
 * UPDATE ... FROM, and picked one at a time with FOR UPDATE SKIP LOCKED.
 */

type PreviewCampaign = Pick<Campaign, 'id' | 'previewDeactivationColumn'> & { contactDatabase: { id: string } | null };

const { INITIAL, RESERVED, DELIVERED, FINISHED } = PreviewAssignmentStatus;

/** The campaign's agents numbered 0..n-1 (slot), with n (total); none when mode is NONE. Two parameters. */
const AGENT_SLOTS_SQL = `agents as (
  select ca.agent_id, row_number() over (order by ca.created_at, ca.agent_id) - 1 as slot, count(*) over () as total
    from campaign_agents ca where ca.campaign_id = ? and ?::text <> '${PreviewAssignmentMode.NONE}')`;

/**
 * Adds a row (INITIAL) for every contact of the campaign's database that has none yet, after
 * the last position, in the database's order; PROPORTIONAL and RANDOM deal the deliverable
 * ones to the agents in the same statement (the n-th to agent n mod count). One statement,
 * whatever the size of the database; concurrent runs are harmless: the unique (campaign,
 * contact) drops the second copy. Returns how many rows it added.
 */
export async function insertMissingAssignments(
  em: EntityManager,
  campaign: PreviewCampaign,
  mode: PreviewAssignmentMode = PreviewAssignmentMode.NONE,
): Promise<number> {
  if (!campaign.contactDatabase) return 0;
  const order = mode === PreviewAssignmentMode.RANDOM ? 'random()' : 'fresh.n';
  const [row] = await em.execute<Array<{ count: number }>>(
    `with ${AGENT_SLOTS_SQL},
     base as (select coalesce(max(position), 0) as last from preview_assignments where campaign_id = ?),
     fresh as (
       select c.id, row_number() over (order by c.created_at, c.id) as n, ${DELIVERABLE_CONTACT_SQL} as deliverable
         from contacts c
        where c.database_id = ?
          and not exists (select 1 from preview_assignments pa where pa.campaign_id = ? and pa.contact_id = c.id)
     ),
     dealt as (
       select fresh.id, fresh.n,
              case when fresh.deliverable then row_number() over (partition by fresh.deliverable order by ${order}) - 1 end
                as rank
         from fresh
     ),
     inserted as (
       insert into preview_assignments
         (id, created_at, updated_at, campaign_id, contact_id, agent_id, status, position, attempts)
       select gen_random_uuid(), now(), now(), ?, dealt.id, agents.agent_id, '${INITIAL}', base.last + dealt.n, 0
         from dealt cross join base left join agents on agents.slot = dealt.rank % agents.total
       on conflict (campaign_id, contact_id) do nothing
       returning 1
     )
     select count(*)::int as count from inserted`,
    [
      campaign.id,
      mode,
      campaign.id,
      ...deliverableParameters(campaign),
      campaign.contactDatabase.id,
      campaign.id,
      campaign.id,
    ],
  );
  return Number(row?.count ?? 0);
}

/** Whether the campaign has waiting rows for contacts of its current database. */
export async function hasWaitingAssignments(em: EntityManager, campaign: PreviewCampaign): Promise<boolean> {
  if (!campaign.contactDatabase) return false;
  const [row] = await em.execute<Array<{ found: boolean }>>(
    `select exists (select 1 from preview_assignments pa join contacts c on c.id = pa.contact_id
                     where pa.campaign_id = ? and pa.status = '${INITIAL}' and c.database_id = ?) as found`,
    [campaign.id, campaign.contactDatabase.id],
  );
  return Boolean(row?.found);
}

/**
 * Deals the campaign's waiting contacts (INITIAL, deliverable) to its agents in turn: the
 * n-th contact goes to agent n mod count, so shares differ by one at most. PROPORTIONAL deals
 * them in delivery order, RANDOM in a random order; NONE frees them all. Contacts on an
 * agent's screen, called or finished keep their agent; only rows whose agent changes are written.
 */
export async function dealAssignments(
  em: EntityManager,
  campaign: PreviewCampaign,
  mode: PreviewAssignmentMode,
): Promise<void> {
  if (!campaign.contactDatabase) return;
  const order = mode === PreviewAssignmentMode.RANDOM ? 'random()' : 'waiting.position, waiting.id';
  await em.execute(
    `with ${AGENT_SLOTS_SQL},
     waiting as (
       select pa.id, pa.agent_id, pa.position, ${DELIVERABLE_CONTACT_SQL} as deliverable
         from preview_assignments pa join contacts c on c.id = pa.contact_id
        where pa.campaign_id = ? and pa.status = '${INITIAL}' and c.database_id = ?
     ),
     ranked as (
       select waiting.id, waiting.agent_id,
              case when waiting.deliverable then row_number() over (partition by waiting.deliverable order by ${order}) - 1 end
                as rank
         from waiting
     ),
     target as (
       select ranked.id, ranked.agent_id as current, agents.agent_id as wanted
         from ranked left join agents on agents.slot = ranked.rank % agents.total
     )
     update preview_assignments pa set agent_id = target.wanted, updated_at = now()
       from target
      where pa.id = target.id and target.current is distinct from target.wanted`,
    [campaign.id, mode, ...deliverableParameters(campaign), campaign.id, campaign.contactDatabase.id],
  );
}

/**
 * Gives RESERVED contacts whose disconnection time has passed back to every agent (free, at
 * their place in the order). SKIP LOCKED: rows another transaction is changing are left to
 * it, and two sweeps never wait on each other.
 */
export async function releaseExpiredReservations(em: EntityManager, campaignId: string | null): Promise<number> {
  const rows = await em.execute<Array<{ id: string }>>(
    `update preview_assignments set status = '${INITIAL}', agent_id = null, reserved_until = null, updated_at = now()
      where id in (
        select id from preview_assignments
         where status = '${RESERVED}' and reserved_until <= now() ${campaignId ? 'and campaign_id = ?' : ''}
         for update skip locked)
      returning id`,
    campaignId ? [campaignId] : [],
  );
  return rows.length;
}

/** The contact the agent holds in the campaign (RESERVED or DELIVERED), locked. */
export async function lockHeldAssignment(em: EntityManager, campaignId: string, agentId: string) {
  const [row] = await em.execute<Array<{ id: string; status: PreviewAssignmentStatus }>>(
    `select id, status from preview_assignments
      where campaign_id = ? and agent_id = ? and status in ('${RESERVED}', '${DELIVERED}')
      order by delivered_at desc nulls last limit 1 for update`,
    [campaignId, agentId],
  );
  return row ?? null;
}

/**
 * The first waiting deliverable contact, locked: the agent's own (agentId) or the free ones
 * (null). Rows other transactions have locked are skipped, so two agents asking at once get
 * two different contacts.
 */
export async function lockNextWaiting(
  em: EntityManager,
  campaign: PreviewCampaign,
  agentId: string | null,
): Promise<string | null> {
  if (!campaign.contactDatabase) return null;
  const [row] = await em.execute<Array<{ id: string }>>(
    `select pa.id from preview_assignments pa join contacts c on c.id = pa.contact_id
      where pa.campaign_id = ? and pa.status = '${INITIAL}' and pa.agent_id ${agentId ? '= ?' : 'is null'}
        and c.database_id = ? and ${DELIVERABLE_CONTACT_SQL}
      order by pa.position, pa.id
      limit 1
      for update of pa skip locked`,
    [campaign.id, ...(agentId ? [agentId] : []), campaign.contactDatabase.id, ...deliverableParameters(campaign)],
  );
  return row?.id ?? null;
}

/** Puts the contact on the agent's screen until now + minutes (the database's clock). */
export async function reserveAssignment(em: EntityManager, id: string, agentId: string, minutes: number) {
  await em.execute(
    `update preview_assignments
        set status = '${RESERVED}', agent_id = ?, reserved_until = now() + make_interval(mins => ?),
            delivered_at = now(), updated_at = now()
      where id = ?`,
    [agentId, minutes, id],
  );
}

/** A reservation renewed: the agent asked again for the contact it holds. */
export async function renewReservation(em: EntityManager, id: string, minutes: number) {
  await em.execute(
    `update preview_assignments set reserved_until = now() + make_interval(mins => ?), updated_at = now()
      where id = ? and status = '${RESERVED}'`,
    [minutes, id],
  );
}

/**
 * A call was placed to the contact: DELIVERED, with the agent until dispositioned or skipped.
 * Also when its reservation ran out during the dial, unless another agent has it by now.
 */
export async function markCalled(em: EntityManager, id: string, agentId: string) {
  await em.execute(
    `update preview_assignments
        set status = '${DELIVERED}', agent_id = ?, reserved_until = null, attempts = attempts + 1, updated_at = now()
      where id = ? and status <> '${FINISHED}' and (agent_id = ? or agent_id is null)
        and not exists (select 1 from preview_assignments other
                         where other.campaign_id = preview_assignments.campaign_id and other.agent_id = ?
                           and other.id <> ? and other.status in ('${RESERVED}', '${DELIVERED}'))`,
    [agentId, id, agentId, agentId, id],
  );
}

/** The agent skipped the contact: free again, behind every other waiting contact. */
export async function skipAssignment(em: EntityManager, id: string, campaignId: string) {
  await em.execute(
    `update preview_assignments
        set status = '${INITIAL}', agent_id = null, reserved_until = null, updated_at = now(),
            position = (select coalesce(max(position), 0) + 1 from preview_assignments where campaign_id = ?)
      where id = ?`,
    [campaignId, id],
  );
}

/**
 * The contact was dispositioned in the campaign: FINISHED, never delivered again. A contact
 * dispositioned without being delivered (a manual call, an import) gets its row here.
 */
export async function finishAssignment(
  em: EntityManager,
  campaignId: string,
  contactId: string,
  agentId: string | null,
) {
  await em.execute(
    `insert into preview_assignments
       (id, created_at, updated_at, campaign_id, contact_id, agent_id, status, position, finished_at, attempts)
     values (gen_random_uuid(), now(), now(), ?, ?, ?, '${FINISHED}', 0, now(), 0)
     on conflict (campaign_id, contact_id) do update
       set status = '${FINISHED}', finished_at = now(), reserved_until = null, updated_at = now(),
           agent_id = coalesce(preview_assignments.agent_id, excluded.agent_id)`,
    [campaignId, contactId, agentId],
  );
}

/**
 * Whether a deliverable contact of the campaign's database is not yet FINISHED. The indexed
 * look at waiting rows answers almost always; the scan of the database for contacts without
 * a row runs only once those are exhausted.
 */
export async function hasUnfinishedContacts(em: EntityManager, campaign: PreviewCampaign): Promise<boolean> {
  if (!campaign.contactDatabase) return false;
  const databaseId = campaign.contactDatabase.id;
  const [waiting] = await em.execute<Array<{ found: boolean }>>(
    `select exists (
       select 1 from preview_assignments pa join contacts c on c.id = pa.contact_id
        where pa.campaign_id = ? and pa.status in ('${INITIAL}', '${RESERVED}', '${DELIVERED}')
          and c.database_id = ? and ${DELIVERABLE_CONTACT_SQL}) as found`,
    [campaign.id, databaseId, ...deliverableParameters(campaign)],
  );
  if (waiting?.found) return true;
  const [unseen] = await em.execute<Array<{ found: boolean }>>(
    `select exists (
       select 1 from contacts c
        where c.database_id = ? and ${DELIVERABLE_CONTACT_SQL}
          and not exists (select 1 from preview_assignments pa
                           where pa.campaign_id = ? and pa.contact_id = c.id and pa.status = '${FINISHED}')) as found`,
    [databaseId, ...deliverableParameters(campaign), campaign.id],
  );
  return Boolean(unseen?.found);
}

export interface AssignmentCountRow {
  status: PreviewAssignmentStatus;
  agent_id: string | null;
  deactivated: boolean;
  count: string;
}

/** Rows of the campaign's current database, counted by status, agent and deactivation. */
export function countAssignments(em: EntityManager, campaign: PreviewCampaign): Promise<AssignmentCountRow[]> {
  if (!campaign.contactDatabase) return Promise.resolve([]);
  return em.execute<AssignmentCountRow[]>(
    `select pa.status, pa.agent_id, not ${DELIVERABLE_CONTACT_SQL} as deactivated, count(*) as count
       from preview_assignments pa join contacts c on c.id = pa.contact_id
      where pa.campaign_id = ? and c.database_id = ?
      group by 1, 2, 3 order by 1, 2`,
    [...deliverableParameters(campaign), campaign.id, campaign.contactDatabase.id],
  );
}
