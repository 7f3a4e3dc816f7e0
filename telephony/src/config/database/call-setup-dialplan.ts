import { extension, type ConfSection } from '../conf-file.js';
import type { CampaignQueueModel, DatabaseConfigurationOptions } from './telephony-model.js';

/** Gosub target every outbound route runs before it dials: call id, do-not-call, recording. */
export const CALL_SETUP_CONTEXT = 'switchboard-call-setup';
/** One extension per campaign that records its calls (the id without dashes). */
export const RECORDED_CAMPAIGNS_CONTEXT = 'switchboard-recorded-campaigns';
/** The UserEvent of a call refused by a do-not-call list. */
export const BLACKLIST_USER_EVENT = 'SwitchboardBlacklist';
/** The FastAGI script name of the do-not-call check. */
export const DNC_AGI_SCRIPT = 'dnc';
/** Variable the FastAGI server sets: ALLOWED or BLOCKED (anything else: the check failed). */
export const DNC_RESULT_VARIABLE = 'SB_DNC_RESULT';
/** Q.850 21, "call rejected": what a do-not-call block hangs up with (channel-variable contract). */
export const BLACKLIST_HANGUP_CAUSE = 21;

/** The contract's variables, as `Name: value` headers of a UserEvent. */
const CONTRACT_HEADERS = ['SB_CALL_ID', 'SB_CAMPAIGN_ID', 'SB_CONTACT_ID', 'SB_AGENT_ID', 'SB_PHONE']
  .map((name) => `${name}: \${${name}}`)
  .join(',');

/** Campaign ids without dashes: dashes in an extension name are ignored by Asterisk's matcher. */
export const campaignKey = (campaignId: string) => campaignId.replace(/[^0-9a-f]/gi, '').toLowerCase();

const PATTERN_TOKENS: Record<string, string> = {
  date: '${STRFTIME(${EPOCH},,%Y-%m-%d)}',
  campaignId: '${IF($["${SB_CAMPAIGN_ID}" = ""]?none:${SB_CAMPAIGN_ID})}',
  callId: '${SB_CALL_ID}',
  agentId: '${IF($["${SB_AGENT_ID}" = ""]?none:${SB_AGENT_ID})}',
  phone: '${FILTER(0-9+,${SB_PHONE})}',
};

/**
 * The recording file name as a dialplan expression. Only the tokens, letters, digits, `-`,
 * `_`, `.` and `/` are allowed, and no `..`: the name becomes a path the api serves.
 */
export function recordingFileExpression(pattern: string): string {
  const literal = pattern.replace(/\{[A-Za-z]+\}/g, '');
  if (!/^[A-Za-z0-9_./-]*$/.test(literal) || pattern.includes('..') || pattern.startsWith('/')) {
    throw new RangeError(`recording file name pattern "${pattern}" may hold only {tokens}, letters, digits, - _ . /`);
  }
  return pattern.replace(/\{([A-Za-z]+)\}/g, (token, name: string) => {
    const expression = PATTERN_TOKENS[name];
    if (!expression) throw new RangeError(`unknown token ${token} in recording file name pattern "${pattern}"`);
    return expression;
  });
}

/**
 * `Gosub(switchboard-call-setup,s,1(<dialed number>))`: gives the call its id (the originator's,
 * or one made from UNIQUEID for calls the dialplan starts), asks the FastAGI server whether the
 * number is on a do-not-call list, and starts MixMonitor for campaigns that record.
 * A failed check does not dial: calling a listed number is the worse mistake.
 */
export function callSetupDialplan(
  queues: readonly CampaignQueueModel[],
  options: DatabaseConfigurationOptions,
): ConfSection[] {
  const file = recordingFileExpression(options.recordings.fileNamePattern);
  const agi = `agi://${options.agi.host}:${options.agi.port}/${DNC_AGI_SCRIPT}`;
  return [
    {
      name: CALL_SETUP_CONTEXT,
      separator: '=>',
      lines: extension('s', [
        'Set(__SB_CALL_ID=${IF($["${SB_CALL_ID}" = ""]?${UNIQUEID}:${SB_CALL_ID})})',
        'ExecIf($["${SB_PHONE}" = ""]?Set(__SB_PHONE=${ARG1}))',
        `Set(${DNC_RESULT_VARIABLE}=)`,
        // The handler reads SB_PHONE from the channel: no value in the argument list to shift.
        `AGI(${agi})`,
        `GotoIf($["\${${DNC_RESULT_VARIABLE}}" = "ALLOWED"]?record)`,
        `GotoIf($["\${${DNC_RESULT_VARIABLE}}" = "BLOCKED"]?blocked)`,
        'Log(WARNING,do-not-call check failed (AGISTATUS ${AGISTATUS}) so ${SB_PHONE} is not dialled)',
        // 41, temporary failure: the number may be fine, the check was not possible.
        'Hangup(41)',
        `(blocked)UserEvent(${BLACKLIST_USER_EVENT},${CONTRACT_HEADERS},Reason: \${SB_DNC_REASON})`,
        `Hangup(${BLACKLIST_HANGUP_CAUSE})`,
        `(record)GotoIf($[\${DIALPLAN_EXISTS(${RECORDED_CAMPAIGNS_CONTEXT},\${FILTER(0-9a-f,\${SB_CAMPAIGN_ID})},1)}]?:done)`,
        `Set(__SB_RECORDING=${file})`,
        // b: only while bridged, so the file holds the conversation and not the ringing.
        `MixMonitor(${options.recordings.directory}/\${SB_RECORDING},b)`,
        '(done)Return()',
      ]),
    },
    {
      name: RECORDED_CAMPAIGNS_CONTEXT,
      comment: 'Campaigns whose calls are recorded; only looked up, never dialled.',
      separator: '=>',
      lines: queues
        .filter((queue) => queue.recordCalls)
        .flatMap((queue) => extension(campaignKey(queue.campaignId), ['Return()'])),
    },
  ];
}
