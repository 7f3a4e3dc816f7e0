import { setTimeout as delay } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { DomainContext } from '../common/domain-context.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import { inTransaction } from '../common/transaction.js';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import type { EventBus } from '../events/event-bus.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignState, CampaignType } from '../campaigns/campaign.enums.js';
import { AgentState } from '../agents/live/agent-state.js';
import type { AgentStateStore } from '../agents/live/agent-state.store.js';
import { campaignForViewer } from '../contacts/contact-access.js';
import { campaignRestriction, isHidden, redactContact } from '../contacts/contact-visibility.js';
import { ContactDatabase } from '../contacts/contact-database.entity.js';
import { PreviewAssignment } from './preview-assignment.entity.js';
import { PreviewAssignmentStatus } from './preview.enums.js';
import { PreviewErrors } from './preview.errors.js';
import type { PreviewCall, PreviewContact } from './preview.types.js';
import {
  insertMissingAssignments,
  markCalled,
  lockHeldAssignment,
  lockNextWaiting,
  releaseExpiredReservations,
  renewReservation,
  reserveAssignment,
  skipAssignment,
} from './preview-assignment.sql.js';

/** What callPreviewContact needs of AgentCallService (schema/src/calls): its dial. */
export interface PreviewCallPlacer {
  dial(
    em: EntityManager,
    viewer: Viewer,
    request: { campaignId: string | null; phone: string; contactId: string | null; phoneColumn?: string | null },
  ): Promise<{ callId: string; campaignId: string | null; contactId: string | null; phone: string }>;
}

export interface PreviewDependencies {
  store: AgentStateStore;
  events: EventBus;
  logger: Logger;
  /** Absent where no calls are placed (e.g. a worker that only sweeps). */
  calls?: PreviewCallPlacer;
}

const { RESERVED, DELIVERED } = PreviewAssignmentStatus;

/** The agent's turn is tried this many times, 10 to 50 ms apart, before BUSY. */
const LOCK_ATTEMPTS = 300;
const BUSY = Symbol('busy');

/**
 * The agent's side of preview campaigns (the manual's "Obtener contacto preview"): one contact
 * at a time, reserved for the disconnection time, skipped, or called. Every pick runs in a
 * transaction with `FOR UPDATE SKIP LOCKED`, so a contact never reaches two agents; one
 * agent's requests in a campaign are serialized by an advisory lock, so it holds one contact.
 */
export class PreviewService {
  constructor(private readonly deps: PreviewDependencies) {}

  private context(em: EntityManager, viewer: Viewer): DomainContext {
    return { em, viewer, events: this.deps.events };
  }

  /** The contact the agent holds in the campaign, or the next one; null when none is left. */
  async nextPreviewContact(em: EntityManager, viewer: Viewer, campaignId: string): Promise<PreviewContact | null> {
    const { agentId, campaign } = await this.workingCampaign(em, viewer, campaignId);
    let id = await this.reserveNext(em, viewer, campaign, agentId);
    if (id === null && (await insertMissingAssignments(em, campaign)) > 0) {
      // Contacts added to the database since the campaign went live join the queue here.
      id = await this.reserveNext(em, viewer, campaign, agentId);
    }
    return id === null ? null : this.delivered(em, viewer, campaign, id);
  }

  /** The agent skips the contact it holds: free again for everyone, behind the waiting ones. */
  async releasePreviewContact(em: EntityManager, viewer: Viewer, assignmentId: string): Promise<PreviewAssignment> {
    await inTransaction(this.context(em, viewer), 'Preview assignment', async ({ em: tx }) => {
      const assignment = await this.lockHeldByViewer(tx, viewer, assignmentId);
      await skipAssignment(tx, assignment.id, assignment.campaign.id);
    });
    return em.findOneOrFail(PreviewAssignment, { id: assignmentId }, { refresh: true });
  }

  /**
   * Calls the contact the agent holds, on its main phone or another phone column (the manual's
   * extra numbers as links). The contact becomes DELIVERED: it stays with the agent until
   * dispositioned or skipped, whatever the disconnection time.
   */
  async callPreviewContact(
    em: EntityManager,
    viewer: Viewer,
    assignmentId: string,
    phoneColumn: string | null = null,
  ): Promise<PreviewCall> {
    const calls = this.deps.calls;
    if (!calls) throw PreviewErrors.create('CALLS_UNAVAILABLE', 'This process places no calls');
    const target = await inTransaction(this.context(em, viewer), 'Preview assignment', async (scoped) => {
      const assignment = await this.lockHeldByViewer(scoped.em, viewer, assignmentId);
      const campaign = await campaignForViewer(scoped, assignment.campaign.id);
      this.assertWorkable(campaign);
      const phone = await this.phoneToCall(scoped.em, campaign, assignment, phoneColumn);
      return { campaignId: campaign.id, contactId: assignment.contact.id, phone };
    });
    // Marked only once the call is placed: a refused dial (the agent paused, on a call...)
    // leaves the reservation, and its expiry, as they were.
    const call = await calls.dial(em, viewer, { ...target, phoneColumn });
    await markCalled(em, assignmentId, viewer.agentId!);
    const assignment = await em.findOneOrFail(PreviewAssignment, { id: assignmentId }, { refresh: true });
    return { assignment, callId: call.callId, phone: call.phone };
  }

  /**
   * For a worker, every few seconds: RESERVED contacts past their disconnection time go back
   * to everyone; so do DELIVERED ones held by agents known to have logged out. Known: Redis
   * holds the agent's state as OFFLINE, or holds nothing and the activity log's last LOGIN /
   * LOGOUT is a LOGOUT. Nothing in Redis alone proves nothing: after Redis is lost, sessions
   * come back only when the agent-states worker rebuilds them (on AMI's connect), and until
   * then every agent would look gone.
   */
  async releaseExpired(em: EntityManager): Promise<number> {
    let released = await releaseExpiredReservations(em, null);
    const holders = await em.execute<Array<{ agent_id: string; last_session: string | null }>>(
      `select h.agent_id,
              (select a.type from agent_activities a
                where a.agent_id = h.agent_id and a.type in ('LOGIN', 'LOGOUT')
                order by a.occurred_at desc, a.id desc limit 1) as last_session
         from (select distinct agent_id from preview_assignments
                where status = '${DELIVERED}' and agent_id is not null) h`,
    );
    const states = await this.deps.store.getMany(holders.map((row) => row.agent_id));
    const gone = holders
      .filter((row) => {
        const state = states.get(row.agent_id);
        return state ? state.state === AgentState.OFFLINE : row.last_session === 'LOGOUT';
      })
      .map((row) => row.agent_id);
    if (gone.length > 0) {
      const rows = await em.execute<Array<{ id: string }>>(
        `update preview_assignments set status = 'INITIAL', agent_id = null, reserved_until = null, updated_at = now()
          where status = '${DELIVERED}' and agent_id = any(?::uuid[]) returning id`,
        [`{${gone.join(',')}}`],
      );
      released += rows.length;
    }
    if (released > 0) this.deps.logger.info({ released }, 'Released preview contacts');
    return released;
  }

  // ---- rules ------------------------------------------------------------------------------

  /** An agent, logged in, assigned to this active preview campaign. */
  private async workingCampaign(em: EntityManager, viewer: Viewer, campaignId: string) {
    const agentId = viewer.agentId;
    if (!agentId) throw PreviewErrors.create('NOT_AN_AGENT', 'Only agents get preview contacts');
    viewer.require(Permission.AGENT_CONSOLE);
    const campaign = await campaignForViewer(this.context(em, viewer), campaignId);
    this.assertWorkable(campaign);
    const state = await this.deps.store.get(agentId);
    if (!state || state.state === AgentState.OFFLINE) {
      throw PreviewErrors.create('AGENT_NOT_LOGGED_IN', 'Log in (agentLogin) before asking for preview contacts');
    }
    return { agentId, campaign };
  }

  private assertWorkable(campaign: Campaign): void {
    if (campaign.type !== CampaignType.PREVIEW) {
      throw PreviewErrors.create(
        'NOT_PREVIEW',
        `campaignId: campaign ${campaign.name} is ${campaign.type}, not PREVIEW`,
        {
          field: 'campaignId',
          type: campaign.type,
        },
      );
    }
    if (campaign.state !== CampaignState.ACTIVE) {
      throw PreviewErrors.create('CAMPAIGN_NOT_ACTIVE', `Campaign ${campaign.name} is ${campaign.state}, not ACTIVE`, {
        state: campaign.state,
      });
    }
  }

  /**
   * One transaction: expired reservations of the campaign go back, then the agent gets the
   * contact it holds (renewed), else its own next one, else the next free one. The agent's
   * requests in the campaign take turns on an advisory lock, tried rather than awaited: a
   * request waiting inside a transaction would hold a pooled connection the others need.
   */
  private async reserveNext(
    em: EntityManager,
    viewer: Viewer,
    campaign: Campaign,
    agentId: string,
  ): Promise<string | null> {
    for (let attempt = 0; attempt < LOCK_ATTEMPTS; attempt += 1) {
      const result = await inTransaction(this.context(em, viewer), 'Preview assignment', async ({ em: tx }) => {
        const [lock] = await tx.execute<Array<{ locked: boolean }>>(
          'select pg_try_advisory_xact_lock(hashtext(?)) as locked',
          [`preview:${campaign.id}:${agentId}`],
        );
        if (!lock?.locked) return BUSY;
        await releaseExpiredReservations(tx, campaign.id);
        const minutes = campaign.previewDisconnectionMinutes;
        const held = await lockHeldAssignment(tx, campaign.id, agentId);
        if (held) {
          await renewReservation(tx, held.id, minutes);
          return held.id;
        }
        const next = (await lockNextWaiting(tx, campaign, agentId)) ?? (await lockNextWaiting(tx, campaign, null));
        if (next) await reserveAssignment(tx, next, agentId, minutes);
        return next;
      });
      if (result !== BUSY) return result;
      await delay(10 + Math.random() * 40);
    }
    throw PreviewErrors.create('BUSY', 'Your other requests for a preview contact are still running; try again');
  }

  private async delivered(em: EntityManager, viewer: Viewer, campaign: Campaign, id: string): Promise<PreviewContact> {
    const assignment = await em.findOneOrFail(PreviewAssignment, { id }, { populate: ['contact'], refresh: true });
    const database = await em.findOneOrFail(ContactDatabase, { id: assignment.contact.database.id });
    const contact = viewer.isAgent
      ? redactContact(assignment.contact, database, campaignRestriction(campaign))
      : assignment.contact;
    return { assignment, contact };
  }

  /** The viewer's own RESERVED or DELIVERED assignment, locked; NOT_FOUND or NOT_HELD otherwise. */
  private async lockHeldByViewer(em: EntityManager, viewer: Viewer, id: string): Promise<PreviewAssignment> {
    const agentId = viewer.agentId;
    if (!agentId) throw PreviewErrors.create('NOT_AN_AGENT', 'Only agents hold preview contacts');
    const [row] = await em.execute<Array<{ id: string }>>(
      'select id from preview_assignments where id = ? for update',
      [id],
    );
    const assignment = row ? await em.findOne(PreviewAssignment, { id }, { refresh: true }) : null;
    if (!assignment) throw notFound('Preview assignment', id);
    if (assignment.agent?.id !== agentId || ![RESERVED, DELIVERED].includes(assignment.status)) {
      throw PreviewErrors.create('NOT_HELD', `assignmentId: you do not hold preview contact ${id}`, {
        field: 'assignmentId',
        status: assignment.status,
      });
    }
    return assignment;
  }

  /** The number in the phone column (the main phone by default), which the agent must be able to see. */
  private async phoneToCall(
    em: EntityManager,
    campaign: Campaign,
    assignment: PreviewAssignment,
    phoneColumn: string | null,
  ): Promise<string> {
    await em.populate(assignment, ['contact.database']);
    const contact = assignment.contact;
    const database = contact.database;
    const column = phoneColumn ?? database.phoneColumns[0] ?? null;
    const hidden = isHidden(campaignRestriction(campaign), column);
    if (column === null || !database.phoneColumns.includes(column) || hidden) {
      throw invalidInput('phoneColumn', `${phoneColumn ?? ''} is not a phone column of the contact`);
    }
    const phone = column === database.phoneColumns[0] ? contact.phone : contact.data[column];
    if (!phone) {
      throw PreviewErrors.create('NO_PHONE', `phoneColumn: the contact has no number in ${column}`, {
        field: 'phoneColumn',
      });
    }
    return phone;
  }
}
