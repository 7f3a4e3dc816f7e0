import { extension, type ConfSection } from '../conf-file.js';
import { AGENT_TRANSFER_FEATURES } from './in-call-dialplan.js';
import { AGENT_TRANSFER_OPTION_VARIABLE } from './outbound-routes-dialplan.js';

/**
 * Where an agent's call goes once the agent's own phone answered (Originate's destination):
 * the caller id the other side sees replaces the one the agent's phone was shown, then the call
 * continues where the originator said, checked first so that a stale route says why.
 */
export const AGENT_CALLS_CONTEXT = 'switchboard-agent-calls';
export const AGENT_CALLS_EXTENSION = 's';

/** Variables the originator sets on the agent's channel (not inherited: only this leg reads them). */
export const AGENT_CALL_VARIABLES = {
  /** `"name" <number>`, or empty for none of ours. */
  presentedCallerId: 'SB_PRESENTED_CALLER_ID',
  dialContext: 'SB_DIAL_CONTEXT',
  dialExtension: 'SB_DIAL_EXTEN',
} as const;

export function agentCallsDialplan(): ConfSection[] {
  const { presentedCallerId, dialContext, dialExtension } = AGENT_CALL_VARIABLES;
  return [
    {
      name: AGENT_CALLS_CONTEXT,
      comment: "Agents' manual, out-of-campaign and agent-to-agent calls, after the agent's phone answered.",
      separator: '=>',
      lines: extension(AGENT_CALLS_EXTENSION, [
        `Set(CALLERID(all)=\${${presentedCallerId}})`,
        `GotoIf($[\${DIALPLAN_EXISTS(\${${dialContext}},\${${dialExtension}},1)}]?dial)`,
        `Log(WARNING,agent call \${SB_CALL_ID}: nothing dials \${${dialExtension}} in \${${dialContext}})`,
        // 1, unallocated number: what the agent's phone shows for a number no route takes.
        'Hangup(1)',
        // Hold and transfers on the agent's own calls (manual, preview) work as on queue calls.
        `(dial)Set(${AGENT_TRANSFER_OPTION_VARIABLE}=T)`,
        ...AGENT_TRANSFER_FEATURES,
        `Goto(\${${dialContext}},\${${dialExtension}},1)`,
      ]),
    },
  ];
}
