import { Permission } from '../auth/permission.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import type { DomainContext } from '../common/domain-context.js';
import { invalidInput } from '../common/domain-error.js';
import type { Page } from '../common/pagination.js';
import { Contact } from '../contacts/contact.entity.js';
import { DispositionChange } from '../dispositions/disposition-change.entity.js';
import { LogErrors } from './log.errors.js';
import { occurredBetween } from './log-scope.js';
import type { MyCall } from './my-call.type.js';

export interface MyCallsQuery {
  /** Default: the start of today, UTC (a console passes its own local midnight). */
  from?: Date | null;
  to?: Date | null;
  first: number;
  after?: string | null;
}

interface CallRow {
  call_id: string;
  started_at: Date | string;
  duration_seconds: number | null;
  campaign_id: string | null;
  contact_id: string | null;
  phone: string | null;
}

const startOfTodayUtc = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/** Page cursors: the last call's start and id (newest first, so the next page is older). */
const encodeCursor = (row: CallRow) =>
  Buffer.from(JSON.stringify([new Date(row.started_at).toISOString(), row.call_id])).toString('base64url');

function decodeCursor(after: string): [Date, string] {
  try {
    const [at, callId] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    if (typeof callId === 'string' && !Number.isNaN(date.getTime())) return [date, callId];
  } catch {
    // reported below
  }
  throw invalidInput('after', 'is not a cursor returned by myCalls');
}

/**
 * The calls the agent's own phone took part in (any call-event of the call names the agent),
 * newest first: what the console's "my calls" shows. Each call is summed up from all its
 * events (the campaign, contact and number the log has for it, its talk time) and from the
 * disposition recorded for it. Only the viewer's own calls: there is no agent argument.
 */
export async function listMyCalls(context: DomainContext, query: MyCallsQuery): Promise<Page<MyCall>> {
  const { em, viewer } = context;
  viewer.require(Permission.AGENT_CONSOLE);
  const agentId = viewer.agentId;
  if (!agentId) throw LogErrors.create('NOT_AN_AGENT', 'Only agents have calls of their own');
  const from = query.from ?? startOfTodayUtc(new Date());
  occurredBetween(from, query.to);
  const cursor = query.after ? decodeCursor(query.after) : null;
  const mine = `select distinct call_id from call_events
    where agent_id = ? and occurred_at >= ? and (?::timestamptz is null or occurred_at < ?)`;
  const range = [agentId, from, query.to ?? null, query.to ?? null];
  const [{ total }] = await em.execute<Array<{ total: string }>>(`select count(*) as total from (${mine}) mine`, range);
  const rows = await em.execute<CallRow[]>(
    `select * from (
       select e.call_id, min(e.occurred_at) as started_at, max(e.duration_seconds) as duration_seconds,
         (array_agg(e.campaign_id order by e.occurred_at) filter (where e.campaign_id is not null))[1] as campaign_id,
         (array_agg(e.contact_id order by e.occurred_at desc) filter (where e.contact_id is not null))[1] as contact_id,
         (array_agg(e.phone order by e.occurred_at) filter (where e.phone is not null))[1] as phone
       from call_events e where e.call_id in (${mine})
       group by e.call_id
     ) calls
     where (?::timestamptz is null or (started_at, call_id) < (?::timestamptz, ?))
     order by started_at desc, call_id desc
     limit ?`,
    [...range, cursor?.[0] ?? null, cursor?.[0] ?? null, cursor?.[1] ?? '', query.first + 1],
  );
  const page = rows.slice(0, query.first);
  const nodes = await summarize(context, page);
  return {
    nodes,
    totalCount: Number(total),
    pageInfo: {
      startCursor: page[0] ? encodeCursor(page[0]) : null,
      endCursor: page.length > 0 ? encodeCursor(page[page.length - 1]!) : null,
      hasNextPage: rows.length > query.first,
      hasPreviousPage: cursor !== null,
    },
  };
}

/** The rows as MyCall: campaigns, contacts and dispositions in one query each. */
async function summarize(context: DomainContext, rows: CallRow[]): Promise<MyCall[]> {
  const { em } = context;
  const ids = (pick: (row: CallRow) => string | null) => [...new Set(rows.flatMap((row) => pick(row) ?? []))];
  const [campaigns, changes] = await Promise.all([
    em.find(Campaign, { id: { $in: ids((row) => row.campaign_id) } }, { populate: ['contactDatabase'] }),
    em.find(
      DispositionChange,
      { callId: { $in: rows.map((row) => row.call_id) } },
      { populate: ['option', 'disposition'], orderBy: { createdAt: 'asc' } },
    ),
  ]);
  const lastChange = new Map(changes.map((change) => [change.callId!, change]));
  const contactIds = new Set([
    ...ids((row) => row.contact_id),
    ...changes.map((change) => change.disposition.contact.id),
  ]);
  const contacts = await em.find(Contact, { id: { $in: [...contactIds] } });
  const campaignById = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
  const contactById = new Map(contacts.map((contact) => [contact.id, contact]));
  return rows.map((row) => {
    const campaign = row.campaign_id ? (campaignById.get(row.campaign_id) ?? null) : null;
    const change = lastChange.get(row.call_id) ?? null;
    const contactId = row.contact_id ?? change?.disposition.contact.id ?? null;
    return {
      callId: row.call_id,
      campaign,
      phone: phoneHidden(campaign) ? null : row.phone,
      contact: contactId ? (contactById.get(contactId) ?? null) : null,
      startedAt: new Date(row.started_at),
      durationSeconds: row.duration_seconds === null ? null : Number(row.duration_seconds),
      disposition: change?.option ?? null,
      dispositionedAt: change?.createdAt ?? null,
    };
  });
}

/** The number is a contact field: hidden from agents when the campaign hides a phone column. */
function phoneHidden(campaign: Campaign | null): boolean {
  const phoneColumns = campaign?.contactDatabase?.phoneColumns ?? [];
  return phoneColumns.some((column) => campaign!.hiddenContactFields.includes(column));
}
