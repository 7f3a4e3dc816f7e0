import { extension, type ConfSection } from '../conf-file.js';
import { campaignKey } from './call-setup-dialplan.js';
import { campaignQueueName } from './campaign-queues-conf.js';
import { ROUTES_CONTEXT } from './outbound-routes-dialplan.js';
import type { CampaignQueueModel } from './telephony-model.js';

/** Predial Gosub of every agent leg a queue or a transfer rings: asks webphones to answer by themselves. */
export const AGENT_LEG_CONTEXT = 'switchboard-agent-leg';
/** Transfers to an agent: the extension is the agent's SIP extension. */
export const TRANSFER_AGENT_CONTEXT = 'switchboard-transfer-agent';
/** Transfers to an external number: out by the outbound routes. */
export const TRANSFER_NUMBER_CONTEXT = 'switchboard-transfer-number';
/** Transfers to a campaign's queue: the extension is the campaign key (the id without dashes). */
export const TRANSFER_CAMPAIGN_CONTEXT = 'switchboard-transfer-campaign';
/** The endpoint variable (set_var) of agents whose group auto-attends inbound calls: yes or no. */
export const AUTO_ATTEND_VARIABLE = 'SB_AUTO_ATTEND_INBOUND';
/** The endpoint variable (set_var) of agents whose group auto-attends dialer calls: yes or no. */
export const AUTO_ATTEND_DIALER_VARIABLE = 'SB_AUTO_ATTEND_DIALER';
/** The agent-leg Gosub's extension for dialer calls: the group's dialer setting decides (AUTO_ATTEND_DIALER_VARIABLE). */
const DIALER_AGENT_LEG_EXTENSION = 'dialer';
/** Set on an agent leg that was asked to answer by itself (yes), for tests and supervision. */
export const AUTO_ANSWER_VARIABLE = 'SB_AUTO_ANSWER';
/**
 * Where AMI's attended transfers dial. Asterisk plays the extension as key presses, so it must
 * be digits: the real destination travels in SB_CONSULT_CONTEXT / SB_CONSULT_EXTEN, which the
 * consultation leg inherits from the agent's channel.
 */
export const CONSULT_CONTEXT = 'switchboard-consult';
export const CONSULT_EXTENSION = '1';
export const CONSULT_CONTEXT_VARIABLE = 'SB_CONSULT_CONTEXT';
export const CONSULT_EXTEN_VARIABLE = 'SB_CONSULT_EXTEN';
/** The local leg a held call's agent talks to (silence) while the customer hears music on hold. */
export const HOLD_CONTEXT = 'switchboard-hold';
export const HOLD_EXTENSION = 'hold';
/** The agent's channel, on its consultation leg: the hold leg lives only as long as it. */
export const CONSULT_AGENT_VARIABLE = 'SB_CONSULT_AGENT';
/**
 * Sent over AMI (not by the dialplan) when an agent cancels a consultative transfer, with the
 * agent channel's ids as headers: Asterisk itself reports only the customer's Unhold then.
 */
export const TRANSFER_CANCELLED_USER_EVENT = 'SwitchboardTransferCancelled';
/** Seconds an agent's phone rings for a transfer. */
const TRANSFER_RING_SECONDS = 30;
/** Where the local leg of a number transfer becomes a call of its own number. */
const TRANSFER_OUT_CONTEXT = 'switchboard-transfer-out';

/**
 * The attended-transfer key of agent legs. Nobody presses it: AMI's Atxfer plays it for the
 * agent (Asterisk starts attended transfers only from a bridge feature), so it is one a phone's
 * keypad use will not hit by chance.
 */
export const ATXFER_FEATURE_CODE = '*#7';

/**
 * Queue() / Dial() options of agent legs: `t` (the agent's side may transfer; the only key
 * it gets is the attended-transfer one, set by the Gosub) and `b()`, the agent-leg Gosub.
 * `override` is the campaign's auto-attend (yes / no), or empty to leave it to the agent's group.
 */
export function agentLegOption(override: boolean | null | undefined): string {
  return `tb(${AGENT_LEG_CONTEXT}^s^1(${autoAttendArgument(override)}))`;
}

/** A campaign's autoAttend as the agent-leg Gosub's argument: yes, no, or empty for the group's. */
export function autoAttendArgument(override: boolean | null | undefined): 'yes' | 'no' | '' {
  return override === true ? 'yes' : override === false ? 'no' : '';
}

/**
 * The agent-leg options of dialer calls: the same Gosub, at its dialer extension (the group's
 * autoAttendDialer), with the campaign's override as a channel variable (yes, no or empty),
 * because one dialplan serves every dialer campaign.
 */
export function dialerAgentLegOption(overrideVariable: string): string {
  return `tb(${AGENT_LEG_CONTEXT}^${DIALER_AGENT_LEG_EXTENSION}^1(\${${overrideVariable}}))`;
}

/** ARG1 (the campaign's yes / no) wins; empty leaves it to the endpoint's group variable. */
function agentLegSteps(groupVariable: string, sipDomain: string): string[] {
  return [
    `Set(${AUTO_ANSWER_VARIABLE}=\${IF($["\${ARG1}" = ""]?\${${groupVariable}}:\${ARG1})})`,
    `ExecIf($["\${${AUTO_ANSWER_VARIABLE}}" = "yes"]?Set(PJSIP_HEADER(add,Call-Info)=<sip:${sipDomain}>\\;answer-after=0))`,
    // Per channel, so the base features.conf stays as it is for every other call.
    ...AGENT_TRANSFER_FEATURES,
    'Return()',
  ];
}

/**
 * The transfer keys of an agent's channel: only the attended-transfer one, which AMI plays
 * (no blind-transfer key a caller's DTMF could hit). Agent legs set them in their Gosub; the
 * agent's own calls (agent-calls-dialplan) before they dial. No failure sound: unhold and a
 * cancelled transfer end an attended transfer, and the keys of the agent's next action (a
 * transfer right after unhold) would be lost while it played.
 */
export const AGENT_TRANSFER_FEATURES: readonly string[] = [
  `Set(FEATUREMAP(atxfer)=${ATXFER_FEATURE_CODE})`,
  'Set(FEATUREMAP(blindxfer)=)',
  'Set(FEATURE(xferfailsound)=)',
];

/**
 * Dialplan for agent legs and in-call transfers:
 * - the agent-leg Gosub adds `Call-Info: <sip:...>;answer-after=0` when the campaign (ARG1) or
 *   else the agent's group (the endpoint's SB_AUTO_ATTEND_INBOUND, or SB_AUTO_ATTEND_DIALER at
 *   the dialer extension) auto-attends: the webphone answers at once instead of ringing;
 * - the transfer contexts, which the customer's channel (blind transfer) or the agent's
 *   consultation leg (attended transfer) runs. The call's variables go along by inheritance.
 */
export function inCallDialplan(queues: readonly CampaignQueueModel[], sipDomain: string): ConfSection[] {
  return [
    {
      name: AGENT_LEG_CONTEXT,
      separator: '=>',
      lines: [
        ...extension('s', agentLegSteps(AUTO_ATTEND_VARIABLE, sipDomain)),
        ...extension(DIALER_AGENT_LEG_EXTENSION, agentLegSteps(AUTO_ATTEND_DIALER_VARIABLE, sipDomain)),
      ],
    },
    {
      name: CONSULT_CONTEXT,
      separator: '=>',
      lines: extension(CONSULT_EXTENSION, [`Goto(\${${CONSULT_CONTEXT_VARIABLE}},\${${CONSULT_EXTEN_VARIABLE}},1)`]),
    },
    {
      name: HOLD_CONTEXT,
      separator: '=>',
      // An agent who hangs up while holding completes the "transfer" to this leg: the customer
      // must not wait on silence, so the leg ends once the agent's channel is gone.
      lines: extension(HOLD_EXTENSION, [
        'Answer()',
        '(wait)Wait(1)',
        `GotoIf($[\${CHANNEL_EXISTS(\${${CONSULT_AGENT_VARIABLE}})}]?wait)`,
        'Hangup()',
      ]),
    },
    {
      name: TRANSFER_AGENT_CONTEXT,
      separator: '=>',
      lines: extension('_X.', [`Dial(PJSIP/\${EXTEN},${TRANSFER_RING_SECONDS},${agentLegOption(null)})`, 'Hangup()']),
    },
    {
      name: TRANSFER_NUMBER_CONTEXT,
      separator: '=>',
      lines: [
        // A Local leg of its own: SB_PHONE becomes the number there, and the customer's channel keeps its own.
        ...extension('_X.', [`Dial(Local/\${EXTEN}@${TRANSFER_OUT_CONTEXT}/n)`, 'Hangup()']),
        ...extension('_+X.', [`Dial(Local/\${EXTEN}@${TRANSFER_OUT_CONTEXT}/n)`, 'Hangup()']),
      ],
    },
    {
      name: TRANSFER_OUT_CONTEXT,
      separator: '=>',
      lines: [
        ...extension('_X.', ['Set(__SB_PHONE=${EXTEN})', `Goto(${ROUTES_CONTEXT},\${EXTEN},1)`]),
        ...extension('_+X.', ['Set(__SB_PHONE=${EXTEN})', `Goto(${ROUTES_CONTEXT},\${EXTEN},1)`]),
      ],
    },
    {
      name: TRANSFER_CAMPAIGN_CONTEXT,
      separator: '=>',
      lines: queues.flatMap((queue) =>
        extension(campaignKey(queue.campaignId), [
          `Set(__SB_CAMPAIGN_ID=${queue.campaignId})`,
          `Queue(${campaignQueueName(queue.campaignId)},${agentLegOption(queue.autoAttend)})`,
          'Hangup()',
        ]),
      ),
    },
  ];
}
