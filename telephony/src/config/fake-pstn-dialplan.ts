import { extension, type ConfSection } from './conf-file.js';
import { FAKE_PSTN_CARRIER } from './pjsip-conf.js';

/**
 * What a fake customer does, chosen by the last digit of the number dialled. The two digits
 * before it, when not `00`, say how many seconds an answered customer stays on the line:
 * 5550301 is a human who talks for 30 s, 5550002 a machine that records for the default time.
 */
export const FAKE_PSTN_OUTCOMES = {
  human: { digit: '1', description: 'rings, answers, says "hello" and then listens' },
  machine: { digit: '2', description: 'rings, answers with a ~5 s greeting, beeps and records' },
  busy: { digit: '3', description: 'busy (486, cause 17)' },
  noAnswer: { digit: '4', description: 'rings until the caller gives up' },
  congestion: { digit: '5', description: 'congestion (503, cause 34)' },
  rejected: { digit: '6', description: 'rejected (403, cause 21)' },
  unallocated: { digit: '7', description: 'number not in service (404, cause 1); also any other digit' },
} as const;

export type FakePstnOutcome = keyof typeof FAKE_PSTN_OUTCOMES;

/** A number that reaches the given outcome; `talkSeconds` (1-99) only matters once answered. */
export function fakePstnNumber(outcome: FakePstnOutcome, talkSeconds = 0, prefix = '5550'): string {
  if (!Number.isInteger(talkSeconds) || talkSeconds < 0 || talkSeconds > 99) {
    throw new RangeError(`talkSeconds must be an integer from 0 to 99, got ${talkSeconds}`);
  }
  return `${prefix}${String(talkSeconds).padStart(2, '0')}${FAKE_PSTN_OUTCOMES[outcome].digit}`;
}

/**
 * A caller number the carrier presents exactly as given (see callPlatform's rawCallerNumber),
 * with `~` standing for a comma.
 */
export const FAKE_PSTN_RAW_CALLER_VARIABLE = 'FAKE_PSTN_RAW_CALLER';

/**
 * Customers calling the platform: `Local/<DID>@fake-pstn-callers` (with the customer's number
 * as caller id) dials the DID through the carrier's side of the loopback trunk, so the call
 * reaches the platform's trunk context as a carrier's call would.
 */
export const FAKE_PSTN_CALLERS_CONTEXT = 'fake-pstn-callers';

/** Prompts from asterisk-core-sounds-en-gsm: real speech, so that Asterisk's AMD decides. */
const HUMAN_GREETING = 'hello';
const MACHINE_GREETING = 'vm-nobodyavail&vm-leavemsg';

const ring = ['Ringing()', 'Wait(${FAKE_PSTN_RING_SECONDS})'];

const behaviours: Record<FakePstnOutcome, string[]> = {
  // A person picks up, pauses briefly, says hello and waits for an answer in silence.
  human: [...ring, 'Answer()', 'Wait(0.4)', `Playback(${HUMAN_GREETING})`, 'Wait(${TALK})', 'Hangup(16)'],
  machine: [
    ...ring,
    'Answer()',
    'Wait(0.4)',
    `Playback(${MACHINE_GREETING})`,
    'Playback(beep)',
    'Wait(${TALK})',
    'Hangup(16)',
  ],
  busy: ['Busy(2)'],
  noAnswer: ['Ringing()', 'Wait(3600)', 'Hangup(19)'],
  congestion: ['Congestion(2)'],
  rejected: ['Hangup(21)'],
  unallocated: ['Hangup(1)'],
};

const contextOf = (outcome: FakePstnOutcome) =>
  `fake-pstn-${outcome.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** The carrier side of the loopback trunk: dispatch on the number, then act the customer. */
export function fakePstnDialplan(): ConfSection[] {
  const dispatch = (Object.keys(FAKE_PSTN_OUTCOMES) as FakePstnOutcome[])
    .filter((outcome) => outcome !== 'unallocated')
    .map((outcome) => `GotoIf($["\${EXTEN:-1}" = "${FAKE_PSTN_OUTCOMES[outcome].digit}"]?${contextOf(outcome)},s,1)`);
  const customers: ConfSection = {
    name: 'fake-pstn-customers',
    comment: 'Calls that the platform places through the fake-pstn trunk arrive here.',
    separator: '=>',
    lines: [
      ...extension('_XXX.', [
        'Set(TALK=${EXTEN:-3:2})',
        'ExecIf($[${TALK} = 0]?Set(TALK=${FAKE_PSTN_TALK_SECONDS}))',
        ...dispatch,
        `Goto(${contextOf('unallocated')},s,1)`,
      ]),
      ...extension('_X.', [`Goto(${contextOf('unallocated')},s,1)`]),
    ],
  };
  const outcomes = (Object.keys(behaviours) as FakePstnOutcome[]).map((outcome): ConfSection => ({
    name: contextOf(outcome),
    comment: `${FAKE_PSTN_OUTCOMES[outcome].digit}: ${FAKE_PSTN_OUTCOMES[outcome].description}`,
    separator: '=>',
    lines: extension('s', behaviours[outcome]),
  }));
  const callers: ConfSection = {
    name: FAKE_PSTN_CALLERS_CONTEXT,
    comment: 'Customers who call the platform: the DID goes over the loopback trunk.',
    separator: '=>',
    lines: extension('_X.', [
      `GotoIf($["\${${FAKE_PSTN_RAW_CALLER_VARIABLE}}" = ""]?dial)`,
      `Set(CALLERID(num)=\${REPLACE(${FAKE_PSTN_RAW_CALLER_VARIABLE},~,\\,)})`,
      `(dial)Dial(PJSIP/\${EXTEN}@${FAKE_PSTN_CARRIER},30)`,
      'Hangup()',
    ]),
  };
  return [customers, ...outcomes, callers];
}
