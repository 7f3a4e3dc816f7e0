import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../common/domain-context.js';
import { notFound } from '../common/domain-error.js';
import { Permission } from '../auth/permission.js';
import { User } from '../auth/user.entity.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignState, CampaignType } from '../campaigns/campaign.enums.js';
import { findManagedCampaign, findVisibleCampaign } from '../campaigns/campaign-access.js';
import { cloneCampaign } from '../campaigns/campaign-template.service.js';
import { ContactDatabase } from '../contacts/contact-database.entity.js';
import { DispositionOption } from '../dispositions/disposition-option.entity.js';
import type { EventBus } from '../events/event-bus.js';
import { DialOutcome } from './dialer-contact.entity.js';
import { RecycleRun } from './recycle-run.entity.js';
import { RecycleRunStatus, RecycleTarget } from './recycle.enums.js';
import { RecycleErrors, invalidRecycle } from './recycle.errors.js';
import type { RecycleCampaignInput } from './recycle.inputs.js';
import { FIRST_CURSOR, recycleBatch, type RecycleSelection } from './recycle.sql.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RECYCLABLE_STATES = [CampaignState.FINISHED, CampaignState.PAUSED];
/** A run this old still QUEUED or RUNNING lost its job (e.g. Redis was wiped): it no longer blocks. */
const STALE_RUN_MS = 60 * 60_000;

function assertStopped(campaign: Campaign): void {
  if (!RECYCLABLE_STATES.includes(campaign.state) || campaign.isTemplate) {
    throw RecycleErrors.create(
      'CAMPAIGN_NOT_STOPPED',
      `Campaign ${campaign.name} is ${campaign.isTemplate ? 'a template' : campaign.state}: only FINISHED or PAUSED campaigns are recycled`,
      { state: campaign.state },
    );
  }
}

async function checkSelection(em: EntityManager, campaign: Campaign, input: RecycleCampaignInput) {
  const optionIds = [...new Set(input.dispositionOptionIds ?? [])];
  const outcomes = [...new Set(input.outcomes ?? [])];
  if (campaign.type === CampaignType.PREVIEW) {
    if (optionIds.length > 0 || outcomes.length > 0) {
      throw invalidRecycle(
        'dispositionOptionIds',
        'preview campaigns recycle the contacts never dispositioned: give none',
      );
    }
    return { optionIds, outcomes };
  }
  if (optionIds.length === 0 && outcomes.length === 0) {
    throw invalidRecycle('dispositionOptionIds', 'choose at least one disposition option or call outcome');
  }
  if (outcomes.some((outcome) => !Object.values(DialOutcome).includes(outcome))) {
    throw invalidRecycle('outcomes', 'unknown call outcome');
  }
  const wellFormed = optionIds.filter((id) => UUID.test(id));
  const found = wellFormed.length ? await em.find(DispositionOption, { id: wellFormed, campaign }) : [];
  const missing = optionIds.filter((id) => !found.some((option) => option.id === id.toLowerCase()));
  if (missing.length > 0) {
    throw invalidRecycle('dispositionOptionIds', `not options of campaign ${campaign.name}: ${missing.join(', ')}`);
  }
  return { optionIds: found.map((option) => option.id), outcomes };
}

async function checkNewName(
  em: EntityManager,
  campaign: Campaign,
  input: RecycleCampaignInput,
): Promise<string | null> {
  if (input.target !== RecycleTarget.NEW_CAMPAIGN) {
    if (input.newCampaignName) throw invalidRecycle('newCampaignName', 'only for target NEW_CAMPAIGN');
    return null;
  }
  const name = (input.newCampaignName ?? `${campaign.name.slice(0, 110)} (recycled)`).trim();
  if (name.length < 1 || name.length > 128) throw invalidRecycle('newCampaignName', 'must be 1 to 128 characters');
  const taken = await em.count(Campaign, { name, isTemplate: false, state: { $ne: CampaignState.DELETED } });
  if (taken > 0) throw invalidRecycle('newCampaignName', `a campaign named ${name} already exists`);
  return name;
}

async function assertNoRunningRecycle(em: EntityManager, campaign: Campaign): Promise<void> {
  const running = await em.findOne(RecycleRun, {
    campaign,
    status: { $in: [RecycleRunStatus.QUEUED, RecycleRunStatus.RUNNING] },
    createdAt: { $gt: new Date(Date.now() - STALE_RUN_MS) },
  });
  if (running) {
    throw RecycleErrors.create('ALREADY_RUNNING', `Campaign ${campaign.name} is being recycled already`, {
      runId: running.id,
    });
  }
}

/**
 * The manual's "Reciclar": checks the request and records it as a QUEUED run, whose id the
 * caller gives the background job. The recycling itself is `runRecycle`, in the recycler.
 */
export async function requestRecycle(context: DomainContext, input: RecycleCampaignInput): Promise<RecycleRun> {
  const { em, viewer } = context;
  if (!UUID.test(input.campaignId)) throw notFound('Campaign', input.campaignId);
  const campaign = await findManagedCampaign(context, input.campaignId, { field: 'campaignId' });
  if (campaign.type !== CampaignType.DIALER && campaign.type !== CampaignType.PREVIEW) {
    throw invalidRecycle('campaignId', `${campaign.type} campaigns have no contacts to recycle: DIALER or PREVIEW`);
  }
  assertStopped(campaign);
  if (!campaign.contactDatabase)
    throw invalidRecycle('campaignId', `campaign ${campaign.name} has no contact database`);
  const { optionIds, outcomes } = await checkSelection(em, campaign, input);
  const newCampaignName = await checkNewName(em, campaign, input);
  await assertNoRunningRecycle(em, campaign);
  const run = Object.assign(new RecycleRun(), {
    campaign,
    target: input.target,
    newCampaignName,
    dispositionOptionIds: optionIds,
    outcomes,
    requestedBy: em.getReference(User, viewer.userId),
    superviseCopy: !viewer.can(Permission.CAMPAIGNS_ALL),
  });
  await em.persist(run).flush();
  return run;
}

/** A run the viewer may follow: one of a campaign it may see and manage. */
export async function findVisibleRecycleRun(context: DomainContext, runId: string): Promise<RecycleRun | null> {
  context.viewer.require(Permission.CAMPAIGNS_MANAGE);
  if (!UUID.test(runId)) return null;
  const run = await context.em.findOne(RecycleRun, { id: runId }, { populate: ['campaign', 'resultCampaign'] });
  if (!run) return null;
  await findVisibleCampaign(context, run.campaign.id, { field: 'jobId' });
  return run;
}

export interface RecycleProgress {
  runId: string;
  campaignId: string;
  status: RecycleRunStatus;
  scannedContacts: number;
  totalContacts: number;
  recycledContacts: number;
  resultCampaignId: string | null;
  error: string | null;
}

export function recycleProgressOf(run: RecycleRun): RecycleProgress {
  return {
    runId: run.id,
    campaignId: run.campaign.id,
    status: run.status,
    scannedContacts: run.scannedContacts,
    totalContacts: run.totalContacts,
    recycledContacts: run.recycledContacts,
    resultCampaignId: run.resultCampaign?.id ?? null,
    error: run.error,
  };
}

/** The only code that publishes recycling events. */
export function notifyRecycleProgress(events: EventBus, progress: RecycleProgress): void {
  events.publish('campaign.recycle_progress', { ...progress });
}

export interface RunRecycleOptions {
  batchSize: number;
  onProgress: (progress: RecycleProgress) => Promise<void> | void;
}

/** The copy's database: the source's columns, a name of its own (the manual's "<db>-reciclada"). */
function copyDatabase(em: EntityManager, source: ContactDatabase, run: RecycleRun): ContactDatabase {
  const copy = Object.assign(new ContactDatabase(), {
    name: `${source.name.slice(0, 100)} (recycled ${run.id.slice(0, 8)})`,
    columns: [...source.columns],
    phoneColumns: [...source.phoneColumns],
    externalIdColumn: source.externalIdColumn,
    // Its requester reaches it (contact-database-scope.ts), with or without the new campaign.
    createdBy: run.requestedBy,
  });
  em.persist(copy);
  return copy;
}

/**
 * Recycles in one transaction, batch by batch in SQL: a crash (or any failure) leaves nothing
 * half-done, and the run is marked DONE in that same transaction, so running the job again
 * after a commit does nothing and after a crash starts over cleanly.
 */
export async function runRecycle(em: EntityManager, runId: string, options: RunRecycleOptions): Promise<RecycleRun> {
  const current = await em.fork().findOneOrFail(RecycleRun, { id: runId }, { populate: ['campaign'] });
  if (current.status === RecycleRunStatus.DONE) return current;
  await em.fork().nativeUpdate(RecycleRun, { id: runId }, { status: RecycleRunStatus.RUNNING, error: null });
  await options.onProgress({ ...recycleProgressOf(current), status: RecycleRunStatus.RUNNING });
  return em.fork().transactional(async (tx) => {
    const run = await tx.findOneOrFail(RecycleRun, { id: runId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const campaign = await tx.findOneOrFail(
      Campaign,
      { id: run.campaign.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    assertStopped(campaign);
    const source = await tx.findOneOrFail(ContactDatabase, { id: campaign.contactDatabase!.id });
    const [{ total }] = (await tx.execute(`select count(*)::int as total from contacts where database_id = ?`, [
      source.id,
    ])) as [{ total: number }];
    const copy = run.target === RecycleTarget.NEW_CAMPAIGN ? copyDatabase(tx, source, run) : null;
    await tx.flush();
    const selection: RecycleSelection =
      campaign.type === CampaignType.PREVIEW
        ? { kind: 'PREVIEW' }
        : { kind: 'DIALER', dispositionOptionIds: run.dispositionOptionIds, outcomes: run.outcomes };
    const plan = {
      campaignId: campaign.id,
      databaseId: source.id,
      newDatabaseId: copy?.id ?? null,
      target: run.target,
      selection,
      limit: options.batchSize,
    };
    run.totalContacts = total;
    run.scannedContacts = 0;
    run.recycledContacts = 0;
    for (let cursor: typeof FIRST_CURSOR | null = FIRST_CURSOR; cursor;) {
      const batch = await recycleBatch(tx, plan, cursor);
      run.scannedContacts += batch.scanned;
      run.recycledContacts += batch.recycled;
      cursor = batch.cursor;
      await options.onProgress(recycleProgressOf(run));
    }
    if (copy) {
      copy.contactCount = run.recycledContacts;
      const supervisorId = run.superviseCopy ? (run.requestedBy?.id ?? null) : null;
      run.resultCampaign = await cloneCampaign(tx, campaign, {
        name: run.newCampaignName ?? `${campaign.name.slice(0, 110)} (recycled)`,
        contactDatabase: copy,
        supervisorId,
      });
    } else {
      run.resultCampaign = campaign;
    }
    run.status = RecycleRunStatus.DONE;
    await tx.flush();
    return run;
  });
}

/** Records a failed run (outside the rolled-back transaction) and returns its progress. */
export async function failRecycle(em: EntityManager, runId: string, error: string): Promise<RecycleProgress | null> {
  const fork = em.fork();
  const run = await fork.findOne(RecycleRun, { id: runId }, { populate: ['campaign'] });
  if (!run || run.status === RecycleRunStatus.DONE) return null;
  run.status = RecycleRunStatus.FAILED;
  run.error = error.slice(0, 2000);
  await fork.flush();
  return recycleProgressOf(run);
}

/** Runs the recycler must (re)enqueue at its start: their job may be gone with Redis. */
export async function unfinishedRecycleRuns(em: EntityManager): Promise<string[]> {
  const runs = await em
    .fork()
    .find(
      RecycleRun,
      { status: { $in: [RecycleRunStatus.QUEUED, RecycleRunStatus.RUNNING] } },
      { fields: ['id'], orderBy: { createdAt: 'asc' } },
    );
  return runs.map((run) => run.id);
}
