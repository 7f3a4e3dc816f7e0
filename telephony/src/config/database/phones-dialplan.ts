import { extension, type ConfSection } from '../conf-file.js';
import { AGENT_TRANSFER_OPTION_VARIABLE, ROUTES_CONTEXT } from './outbound-routes-dialplan.js';
import type { SipPhone } from './telephony-model.js';

/** Every phone by extension: where the platform rings a phone (agent-to-agent calls it places). */
export const PHONES_CONTEXT = 'switchboard-phones';
/** Agents' phones only, by extension: what a phone whose group allows agent-to-agent calls reaches. */
export const AGENT_PHONES_CONTEXT = 'switchboard-agent-phones';

/** Seconds a phone rings when another phone calls its extension. */
const PHONE_RING_SECONDS = 30;

type DialRights = NonNullable<SipPhone['dialing']>;

/**
 * The context a phone's own calls start in (its endpoint's `context`): one per set of rights,
 * including only what those rights reach. A number nothing there matches is refused by
 * Asterisk (404): the phone cannot reach by itself what the API would not place for it.
 */
export function phoneDialContext(rights: DialRights | undefined): string {
  const parts = [rights?.otherAgents ? 'agents' : '', rights?.externalNumbers ? 'external' : ''].filter(Boolean);
  return `switchboard-phone-dial-${parts.length > 0 ? parts.join('-') : 'none'}`;
}

const RIGHT_SETS: DialRights[] = [false, true].flatMap((otherAgents) =>
  [false, true].map((externalNumbers) => ({ otherAgents, externalNumbers })),
);

function ringPhone(phone: SipPhone) {
  return extension(phone.extension, [
    'Set(__SB_CALL_ID=${IF($["${SB_CALL_ID}" = ""]?${UNIQUEID}:${SB_CALL_ID})})',
    // An agent-to-agent call the platform placed lets the calling agent hold and transfer, as
    // its calls by the routes do; a phone dialing by itself has the variable empty.
    `Dial(PJSIP/${phone.extension},${PHONE_RING_SECONDS},\${${AGENT_TRANSFER_OPTION_VARIABLE}})`,
    'Hangup()',
  ]);
}

/**
 * The phones' contexts. External numbers go by the outbound routes, in route order, through
 * the call setup every route runs (the do-not-call check included); calls the platform places
 * for an agent (campaign calls by the campaign's route) start elsewhere and are not limited here.
 */
export function phonesDialplan(phones: readonly SipPhone[]): ConfSection[] {
  const agents = phones.filter((phone) => phone.role === 'agent');
  const others = phones.filter((phone) => phone.role !== 'agent');
  return [
    {
      name: AGENT_PHONES_CONTEXT,
      separator: '=>',
      lines: agents.flatMap(ringPhone),
    },
    {
      name: PHONES_CONTEXT,
      comment: "Every phone by extension; the platform's calls to a phone dial here.",
      separator: '=>',
      lines: [...others.flatMap(ringPhone), ['include', AGENT_PHONES_CONTEXT]],
    },
    ...RIGHT_SETS.map((rights): ConfSection => ({
      name: phoneDialContext(rights),
      comment: `Phones that may call ${[rights.otherAgents ? 'other agents' : '', rights.externalNumbers ? 'numbers by the routes' : ''].filter(Boolean).join(' and ') || 'nothing by themselves'}.`,
      separator: '=>',
      lines: [
        ...(rights.otherAgents ? [['include', AGENT_PHONES_CONTEXT] as const] : []),
        ...(rights.externalNumbers ? [['include', ROUTES_CONTEXT] as const] : []),
      ],
    })),
  ];
}
