import { extension, type ConfSection } from '../conf-file.js';
import { AMD_USER_EVENT } from '../extensions-conf.js';
import { dialerAgentLegOption } from './in-call-dialplan.js';

/** Where the dialer's Originate sends a customer once answered: AMD, then the campaign queue. */
export const DIALER_CONTEXT = 'switchboard-dialer';
export const DIALER_EXTENSION = 's';
/** The UserEvent of a dialed human no agent took in time (an abandoned call; the dialer counts it). */
export const DIALER_ABANDON_USER_EVENT = 'SwitchboardDialerAbandon';
/** Seconds an answered human may wait for an agent before it is an abandoned call. */
export const DIALER_CONNECT_SECONDS = 2;

/**
 * Per-call settings, set by the dialer as Originate variables (not inherited: they concern
 * the answered leg only). Sound names are plain names the dialer has already sanitized.
 */
export const DIALER_VARIABLES = {
  queue: 'SB_DIALER_QUEUE',
  amd: 'SB_DIALER_AMD',
  machineAudio: 'SB_DIALER_MACHINE_AUDIO',
  safeHarbourAudio: 'SB_DIALER_SAFE_HARBOUR',
  /** The campaign's queue.autoAttend: yes, no, or empty to leave it to each agent's group (autoAttendDialer). */
  autoAttend: 'SB_DIALER_AUTO_ATTEND',
} as const;

const v = (name: string) => `\${${name}}`;

/**
 * The answered side of a dialer call. With AMD on, machines hear the campaign's machine audio
 * (or are hung up) and humans go on; a human enters the campaign queue for at most
 * DIALER_CONNECT_SECONDS, too short for anyone to answer by hand: the agent leg asks webphones
 * to answer by themselves (dialerAgentLegOption) and gets the agents' transfer key, for hold and
 * transfers. Queue() returns only when no agent took the call (without the `c`
 * option a connected call ends with the agent), so whatever follows is an abandoned call: the
 * UserEvent makes it visible in the call-event log, then the safe-harbour message plays.
 */
export function dialerDialplan(): ConfSection[] {
  const { queue, amd, machineAudio, safeHarbourAudio, autoAttend } = DIALER_VARIABLES;
  return [
    {
      name: DIALER_CONTEXT,
      comment: 'Dialer calls once the customer answered: AMD, campaign queue, safe harbour.',
      separator: '=>',
      lines: extension(DIALER_EXTENSION, [
        `GotoIf($["${v(amd)}" != "1"]?human)`,
        'AMD()',
        `UserEvent(${AMD_USER_EVENT},Status: \${AMDSTATUS},Cause: \${AMDCAUSE})`,
        `GotoIf($["\${AMDSTATUS}" = "MACHINE"]?machine)`,
        `(human)Queue(${v(queue)},${dialerAgentLegOption(autoAttend)},,,${DIALER_CONNECT_SECONDS})`,
        `UserEvent(${DIALER_ABANDON_USER_EVENT},Reason: no-agent,QueueStatus: \${QUEUESTATUS})`,
        `ExecIf($["${v(safeHarbourAudio)}" != ""]?Playback(${v(safeHarbourAudio)}))`,
        'Hangup()',
        `(machine)ExecIf($["${v(machineAudio)}" != ""]?Playback(${v(machineAudio)}))`,
        'Hangup()',
      ]),
    },
  ];
}
