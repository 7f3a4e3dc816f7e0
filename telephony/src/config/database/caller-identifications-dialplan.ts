import { extension, type ConfSection } from '../conf-file.js';
import { audioSoundName } from './audio-sounds.js';
import { destinationContext, gotoDestination, type DestinationModel } from './destination-dialplan.js';
import type { DatabaseConfigurationOptions } from './telephony-model.js';

/** The FastAGI script that decides about an identification (CRM, contact); the node id is in the query. */
export const CALLER_IDENTIFICATION_AGI_SCRIPT = 'caller-identification';
/** What the caller keyed in (or their number): the AGI reads it from the channel, never as an argument. */
export const CALLER_IDENTIFICATION_CODE_VARIABLE = 'SB_CID_CODE';
/** IDENTIFIED, NOT_IDENTIFIED, DESTINATION (the CRM named one, in SB_CID_TARGET) or HANGUP. */
export const CALLER_IDENTIFICATION_RESULT_VARIABLE = 'SB_CID_RESULT';
/** The context the CRM's destination is, checked by the AGI to exist. */
export const CALLER_IDENTIFICATION_TARGET_VARIABLE = 'SB_CID_TARGET';

/** The longest id a caller may key in (OMniLeads' expected-length bound). */
export const MAX_IDENTIFICATION_LENGTH = 30;

export interface CallerIdentificationModel {
  id: string;
  source: 'DTMF' | 'CALLER_NUMBER';
  promptAudioId: string | null;
  expectedLength: number | null;
  inputTimeoutSeconds: number;
  attempts: number;
  identified: DestinationModel;
  notIdentified: DestinationModel;
}

const whole = (value: number, min: number, max: number, what: string) => {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`caller identification ${what} ${value}`);
  return value;
};

/** Asks the caller for the id until one of the expected length arrives or the attempts run out. */
function askSteps(node: CallerIdentificationModel): string[] {
  const code = CALLER_IDENTIFICATION_CODE_VARIABLE;
  if (node.source === 'CALLER_NUMBER') {
    // The caller's number, digits only: the caller chooses it, and it ends up in a form body.
    return [`Set(${code}=\${FILTER(0-9,\${SB_PHONE})})`, `GotoIf($[\${LEN(\${${code}})} = 0]?no)`];
  }
  if (!node.promptAudioId) throw new RangeError('caller identification by DTMF without a prompt');
  const length = node.expectedLength ? whole(node.expectedLength, 1, MAX_IDENTIFICATION_LENGTH, 'length') : null;
  const timeout = whole(node.inputTimeoutSeconds, 1, 60, 'timeout');
  const attempts = whole(node.attempts, 1, 20, 'attempts');
  return [
    'Set(SB_CID_TRIES=0)',
    '(ask)Set(SB_CID_TRIES=$[${SB_CID_TRIES} + 1])',
    // Ends at the expected length, at #, or after the timeout.
    `Read(${code},${audioSoundName(node.promptAudioId)},${length ?? MAX_IDENTIFICATION_LENGTH},,1,${timeout})`,
    `GotoIf($[\${LEN(\${${code}})} ${length ? `= ${length}` : '> 0'}]?check)`,
    `GotoIf($[\${SB_CID_TRIES} < ${attempts}]?ask)`,
    'Goto(no)',
  ];
}

/**
 * The CALLER_IDENTIFICATION destination: `sb-dest-caller-identification-<id>`. The id is read
 * (or taken from the caller's number), then the FastAGI decides — the CRM's answer, the contact
 * found by the id (set as __SB_CONTACT_ID for the agent) — and the call goes on to the
 * identified, the not-identified or the CRM's destination. The result starts as NOT_IDENTIFIED,
 * so a FastAGI that is down or cut sends the caller on as not identified, never to silence.
 */
export function callerIdentificationsDialplan(
  nodes: readonly CallerIdentificationModel[],
  options: DatabaseConfigurationOptions,
): ConfSection[] {
  const result = CALLER_IDENTIFICATION_RESULT_VARIABLE;
  return nodes.map((node) => ({
    // destinationContext refuses an id that is not a plain id: the same id goes into the AGI URL.
    name: destinationContext('CALLER_IDENTIFICATION', node.id),
    separator: '=>' as const,
    lines: extension('s', [
      'Answer()',
      `Set(${CALLER_IDENTIFICATION_CODE_VARIABLE}=)`,
      ...askSteps(node),
      `(check)Set(${result}=NOT_IDENTIFIED)`,
      `Set(${CALLER_IDENTIFICATION_TARGET_VARIABLE}=)`,
      `AGI(agi://${options.agi.host}:${options.agi.port}/${CALLER_IDENTIFICATION_AGI_SCRIPT}?node=${node.id})`,
      `GotoIf($["\${${result}}" = "IDENTIFIED"]?yes)`,
      `GotoIf($["\${${result}}" = "DESTINATION"]?routed)`,
      `GotoIf($["\${${result}}" = "HANGUP"]?hangup)`,
      `(no)${gotoDestination(node.notIdentified)}`,
      `(yes)${gotoDestination(node.identified)}`,
      `(routed)Goto(\${${CALLER_IDENTIFICATION_TARGET_VARIABLE}},s,1)`,
      '(hangup)Hangup()',
    ]),
  }));
}
