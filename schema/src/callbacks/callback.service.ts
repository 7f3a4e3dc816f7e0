import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../common/domain-context.js';
import { notFound } from '../common/domain-error.js';
import { listPage } from '../common/list-query.js';
import type { Page, PageArgs } from '../common/pagination.js';
import { normalizePhone } from '../common/phone.js';
import { inTransaction } from '../common/transaction.js';
import { Permission } from '../auth/permission.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignType } from '../campaigns/campaign.enums.js';
import { campaignScope } from '../campaigns/campaign-scope.js';
import type { Contact } from '../contacts/contact.entity.js';
import { Callback, CallbackKind, CallbackStatus } from './callback.entity.js';
import { CallbackErrors, invalidCallback } from './callback.errors.js';
import type { CallbackFilter, CallbackRequestInput } from './callback.inputs.js';

const LABEL = 'Callback';
const MAX_NOTE = 2_000;
const POPULATE = ['campaign', 'contact', 'agent.role'] as const;

function assertFuture(scheduledAt: Date, field: string): void {
  if (Number.isNaN(scheduledAt.getTime()) || scheduledAt.getTime() <= Date.now()) {
    throw invalidCallback(field, 'must be in the future');
  }
}

function checkNote(note: string | null | undefined, field: string): string | null {
  if (note && note.length > MAX_NOTE) throw invalidCallback(field, `is longer than ${MAX_NOTE} characters`);
  return note?.trim() || null;
}

/**
 * Creates the callback a CALLBACK disposition asks for, in the disposition's transaction. The
 * manual: a PERSONAL callback goes to the agent's own agenda; a GLOBAL one goes back to the
 * dialer, so it exists only in DIALER campaigns.
 */
export async function scheduleCallback(
  context: DomainContext,
  target: { campaign: Campaign; contact: Contact },
  request: CallbackRequestInput,
): Promise<Callback> {
  const { em, viewer } = context;
  assertFuture(request.scheduledAt, 'callback.scheduledAt');
  if (request.kind === CallbackKind.PERSONAL && !viewer.isAgent) {
    throw invalidCallback('callback.kind', 'only agents have a personal agenda; use GLOBAL');
  }
  if (request.kind === CallbackKind.GLOBAL && target.campaign.type !== CampaignType.DIALER) {
    throw invalidCallback('callback.kind', 'GLOBAL callbacks go back to the dialer: DIALER campaigns only');
  }
  const phone = normalizePhone(request.phone ?? target.contact.phone);
  if (!phone) throw invalidCallback('callback.phone', `"${request.phone}" is not a phone number`);
  const callback = new Callback();
  callback.kind = request.kind;
  callback.campaign = target.campaign;
  callback.contact = target.contact;
  callback.agent = request.kind === CallbackKind.PERSONAL ? em.getReference(User, viewer.userId) : null;
  callback.phone = phone;
  callback.scheduledAt = request.scheduledAt;
  callback.note = checkNote(request.note, 'callback.note');
  em.persist(callback);
  await em.flush();
  return callback;
}

/**
 * A contact's new disposition in a campaign replaces the old one, callback included: the
 * contact's callbacks still pending there are cancelled (a contact dispositioned "call me
 * tomorrow" and then "not interested" must not be called tomorrow). Returns how many.
 */
export async function cancelSupersededCallbacks(
  em: EntityManager,
  target: { campaign: Campaign; contact: Contact },
): Promise<number> {
  return em.nativeUpdate(
    Callback,
    { campaign: target.campaign.id, contact: target.contact.id, status: CallbackStatus.PENDING },
    { status: CallbackStatus.CANCELLED, updatedAt: new Date() },
  );
}

/**
 * Callback managers see every callback of the campaigns they may see; anyone else (agents)
 * its own PERSONAL callbacks and the GLOBAL ones of the campaigns it works in.
 */
function callbackScope(viewer: Viewer): FilterQuery<Callback> {
  if (viewer.can(Permission.CALLBACKS_MANAGE)) return { campaign: campaignScope(viewer) };
  const own: FilterQuery<Callback>[] = [{ kind: CallbackKind.PERSONAL, agent: viewer.userId }];
  if (viewer.agentId) own.push({ kind: CallbackKind.GLOBAL, campaign: { agents: { agent: viewer.agentId } } });
  return { $or: own };
}

function filterConditions(filter: CallbackFilter | null | undefined): FilterQuery<Callback>[] {
  if (!filter) return [];
  const conditions: FilterQuery<Callback>[] = [];
  if (filter.campaignId) conditions.push({ campaign: filter.campaignId });
  if (filter.contactId) conditions.push({ contact: filter.contactId });
  if (filter.kind) conditions.push({ kind: filter.kind });
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.agentId) conditions.push({ agent: filter.agentId });
  if (filter.from) conditions.push({ scheduledAt: { $gte: filter.from } });
  if (filter.to) conditions.push({ scheduledAt: { $lt: filter.to } });
  return conditions;
}

function requireRead(viewer: Viewer): void {
  viewer.requireAny(Permission.CALLBACKS_MANAGE, Permission.AGENT_CONSOLE);
}

export async function listCallbacks(
  context: DomainContext,
  filter: CallbackFilter | null | undefined,
  page: PageArgs,
): Promise<Page<Callback>> {
  requireRead(context.viewer);
  const where = { $and: [callbackScope(context.viewer), ...filterConditions(filter)] } as FilterQuery<Callback>;
  return listPage(context.em, Callback, where, page, {
    populate: POPULATE as never,
    orderBy: { scheduledAt: 'asc', id: 'asc' },
  });
}

export async function getCallback(context: DomainContext, id: string): Promise<Callback> {
  requireRead(context.viewer);
  const callback = await context.em.findOne(
    Callback,
    { $and: [{ id }, callbackScope(context.viewer)] },
    {
      populate: POPULATE,
    },
  );
  if (!callback) throw notFound(LABEL, id);
  return callback;
}

/** A pending callback the viewer may change, locked: its own PERSONAL ones, or any with CALLBACKS_MANAGE. */
async function changeCallback(context: DomainContext, id: string, change: (callback: Callback) => void) {
  requireRead(context.viewer);
  return inTransaction(context, LABEL, async ({ em, viewer }) => {
    // Scope first, then the lock on the bare row: Postgres refuses FOR UPDATE across the scope's outer joins.
    const visible = await em.count(Callback, { $and: [{ id }, callbackScope(viewer)] });
    if (visible === 0) throw notFound(LABEL, id);
    const callback = await em.findOneOrFail(Callback, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const own = callback.kind === CallbackKind.PERSONAL && callback.agent?.id === viewer.userId;
    if (!own && !viewer.can(Permission.CALLBACKS_MANAGE)) {
      throw CallbackErrors.create('NOT_YOURS', 'Only callback managers change callbacks other than their own', {
        callbackId: id,
      });
    }
    if (callback.status !== CallbackStatus.PENDING) {
      throw CallbackErrors.create('NOT_PENDING', `The callback is already ${callback.status}`, {
        status: callback.status,
      });
    }
    change(callback);
    await em.flush();
    await em.populate(callback, POPULATE);
    return callback;
  });
}

export async function rescheduleCallback(context: DomainContext, id: string, scheduledAt: Date, note?: string | null) {
  assertFuture(scheduledAt, 'scheduledAt');
  const checkedNote = note === undefined ? undefined : checkNote(note, 'note');
  return changeCallback(context, id, (callback) => {
    callback.scheduledAt = scheduledAt;
    if (checkedNote !== undefined) callback.note = checkedNote;
  });
}

export async function cancelCallback(context: DomainContext, id: string) {
  return changeCallback(context, id, (callback) => {
    callback.status = CallbackStatus.CANCELLED;
  });
}

export async function markCallbackDone(context: DomainContext, id: string) {
  return changeCallback(context, id, (callback) => {
    callback.status = CallbackStatus.DONE;
  });
}
