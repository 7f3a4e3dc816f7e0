import { z } from 'zod';

/** The CRM's decision about a caller, after validation. Anything unexpected is NOT_IDENTIFIED. */
export type CrmVerdict =
  | { kind: 'IDENTIFIED' }
  | { kind: 'NOT_IDENTIFIED'; reason: string }
  | { kind: 'DESTINATION'; type: CrmDestinationType; id: string | null };

/** Switchboard's destination types a CRM may name (DestinationType names). */
export type CrmDestinationType = 'CAMPAIGN' | 'TIME_CONDITION' | 'IVR' | 'HANGUP' | 'CUSTOM' | 'CALLER_IDENTIFICATION';

/**
 * OMniLeads' numeric destination types in an "X,Y" answer (REST contract §7): 1 inbound campaign,
 * 2 time condition, 3 IVR, 5 hangup, 7 custom destination, 9 customer identification. Our own
 * type names are accepted too, so a CRM written for Switchboard can say "IVR,<id>".
 */
const OML_TYPES: Record<string, CrmDestinationType> = {
  '1': 'CAMPAIGN',
  '2': 'TIME_CONDITION',
  '3': 'IVR',
  '5': 'HANGUP',
  '7': 'CUSTOM',
  '9': 'CALLER_IDENTIFICATION',
};
const NAMED_TYPES = new Set<string>(Object.values(OML_TYPES));

/** Ids are ours (UUIDs); the check also keeps anything odd out of a dialplan context name. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const crmReply = z.object({
  status: z.string(),
  destination: z.union([z.string(), z.boolean()]).optional(),
});

/** The upper bound of the CRM request (OMniLeads uses 10 s for DNS, connect and total). */
export const CRM_MAX_TIMEOUT_MS = 10_000;

/** Reads a CRM's JSON body into a verdict; `expectDestination` for nodes whose CRM names one. */
export function crmVerdict(body: unknown, expectDestination: boolean): CrmVerdict {
  const parsed = crmReply.safeParse(body);
  if (!parsed.success) return { kind: 'NOT_IDENTIFIED', reason: 'reply not in the expected format' };
  if (parsed.data.status.trim().toLowerCase() !== 'ok') return { kind: 'NOT_IDENTIFIED', reason: 'status not ok' };
  const destination = String(parsed.data.destination ?? '')
    .trim()
    .toLowerCase();
  if (destination === 'true') return { kind: 'IDENTIFIED' };
  if (destination === 'false' || destination === '') return { kind: 'NOT_IDENTIFIED', reason: 'CRM said false' };
  if (!expectDestination) return { kind: 'NOT_IDENTIFIED', reason: 'not true' };
  const [rawType = '', rawId = '', ...rest] = String(parsed.data.destination).split(',');
  const type = OML_TYPES[rawType.trim()] ?? (NAMED_TYPES.has(rawType.trim()) ? rawType.trim() : undefined);
  if (!type || rest.length > 0) return { kind: 'NOT_IDENTIFIED', reason: 'unknown destination' };
  if (type === 'HANGUP') return { kind: 'DESTINATION', type, id: null };
  const id = rawId.trim();
  if (!UUID.test(id)) return { kind: 'NOT_IDENTIFIED', reason: 'unknown destination' };
  return { kind: 'DESTINATION', type: type as CrmDestinationType, id: id.toLowerCase() };
}

/**
 * Asks the CRM about a caller the way OMniLeads does: `POST <url>`, User-Agent `OMniLeads`,
 * form body `idContact=<id>`, JSON answer `{"status":"ok","destination":"true"|"false"|"X,Y"}`.
 * Never throws: a CRM that is down, slow (past `timeoutMs`) or answers garbage is a caller
 * not identified, so the call always goes on.
 */
export async function askCrm(options: {
  url: string;
  idContact: string;
  timeoutMs: number;
  expectDestination: boolean;
}): Promise<CrmVerdict> {
  const timeoutMs = Math.min(Math.max(options.timeoutMs, 100), CRM_MAX_TIMEOUT_MS);
  try {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'User-Agent': 'OMniLeads', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ idContact: options.idContact }).toString(),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: 'NOT_IDENTIFIED', reason: `CRM answered HTTP ${response.status}` };
    }
    const text = await response.text();
    if (text.length > 64 * 1024) return { kind: 'NOT_IDENTIFIED', reason: 'reply too large' };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { kind: 'NOT_IDENTIFIED', reason: 'reply is not JSON' };
    }
    return crmVerdict(body, options.expectDestination);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return { kind: 'NOT_IDENTIFIED', reason: name === 'TimeoutError' ? 'CRM timed out' : 'CRM unreachable' };
  }
}
