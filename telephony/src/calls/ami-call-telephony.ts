import type { AgentCallOrder, CallTelephony, PlacedAgentCallLeg } from '@switchboard/schema';
import type { AmiClient } from '../ami/ami-client.js';
import { originate } from '../ami/actions/originate.action.js';
import { agentDevice } from '../agents/agent-device.js';
import {
  AGENT_CALLS_CONTEXT,
  AGENT_CALLS_EXTENSION,
  AGENT_CALL_VARIABLES,
} from '../config/database/agent-calls-dialplan.js';
import { ROUTES_CONTEXT, routeContextById } from '../config/database/outbound-routes-dialplan.js';
import { PHONES_CONTEXT } from '../config/database/phones-dialplan.js';

/** What webphones (JsSIP consoles) take as "answer by yourself now". */
export const AUTO_ANSWER_HEADER = '<sip:switchboard>;answer-after=0';

/** Caller id names reach Set() and SIP headers: quotes, commas and angle brackets would break them. */
const safeName = (name: string) => name.replace(/["\\,<>;\r\n]/g, ' ').trim();
const callerId = (name: string, number: string) => `"${safeName(name)}" <${number.replace(/[^0-9+*#]/g, '')}>`;

/**
 * Agent calls over AMI: one Originate per call. The agent's phone (`PJSIP/<extension>`) rings
 * first; once it answers, `switchboard-agent-calls` sets the caller id the other side sees and
 * continues in the campaign's route context (or the phones context for another agent).
 */
export class AmiCallTelephony implements CallTelephony {
  constructor(private readonly ami: AmiClient) {}

  async placeAgentCall(order: AgentCallOrder): Promise<PlacedAgentCallLeg> {
    const { destination, origin } = order;
    const external = destination.kind === 'EXTERNAL';
    const handle = await originate(this.ami, {
      channel: agentDevice(origin.sipExtension),
      destination: { context: AGENT_CALLS_CONTEXT, exten: AGENT_CALLS_EXTENSION },
      timeoutMs: order.ringSeconds * 1000,
      callerId: callerId(origin.display.name, origin.display.number),
      variables: {
        // Inherited by every channel of the call: the call-event log and agent states read them.
        __SB_CALL_ID: order.callId,
        __SB_CAMPAIGN_ID: order.campaignId ?? '',
        __SB_CONTACT_ID: order.contactId ?? '',
        __SB_AGENT_ID: origin.agentId,
        __SB_PHONE: order.phone,
        [AGENT_CALL_VARIABLES.presentedCallerId]: external
          ? destination.callerId
            ? callerId('', destination.callerId)
            : ''
          : callerId(destination.callerName, destination.callerNumber),
        [AGENT_CALL_VARIABLES.dialContext]: external
          ? destination.routeId
            ? routeContextById(destination.routeId)
            : ROUTES_CONTEXT
          : PHONES_CONTEXT,
        [AGENT_CALL_VARIABLES.dialExtension]: external ? destination.number : String(destination.sipExtension),
        // A function as an Originate variable is written on the channel before it is called.
        ...(origin.autoAnswer ? { 'PJSIP_HEADER(add,Call-Info)': AUTO_ANSWER_HEADER } : {}),
      },
    });
    const agentAnswered = handle.outcome().then(
      (verdict) => verdict.response === 'Success',
      () => false,
    );
    return { agentAnswered };
  }
}
