import { extension, type ConfSection } from './conf-file.js';

/**
 * Where a supervisor's phone goes once it answers a spy call (Originate from SpyService's
 * telephony): ChanSpy on the agent's channel. One extension per mode, so that a mode change is
 * a single AMI Redirect of the supervisor's channel to another extension of this context (the
 * same call: no new ringing), with no variable to set first and no window between the two.
 */
export const SPY_CONTEXT = 'switchboard-spy';
/** The agent's channel (PJSIP/<extension>-<id>), set on the supervisor's channel by Originate. */
export const SPY_TARGET_VARIABLE = 'SB_SPY_TARGET';
/** The mode the supervisor's channel is in now (LISTEN, WHISPER, BARGE), for whoever inspects it. */
export const SPY_MODE_VARIABLE = 'SB_SPY_MODE';

/**
 * ChanSpy's options per mode. All: q (no beep, no channel name spoken: the agent must not
 * notice), E (leave when the agent's channel hangs up: the supervisor's call ends with the
 * agent's), S (leave when there is nothing to spy on: the call ended before the redirect).
 * WHISPER adds w (the supervisor talks to the spied channel, the agent, only); BARGE adds B
 * (the supervisor talks to both channels of the bridge: agent and customer).
 */
export const SPY_MODES = {
  LISTEN: { extension: 'listen', options: 'qES' },
  WHISPER: { extension: 'whisper', options: 'qESw' },
  BARGE: { extension: 'barge', options: 'qESB' },
} as const;

export type SpyModeName = keyof typeof SPY_MODES;

export function spyDialplan(): ConfSection[] {
  return [
    {
      name: SPY_CONTEXT,
      comment: "A supervisor's phone spying on an agent's channel; the extension is the mode.",
      separator: '=>',
      lines: (Object.keys(SPY_MODES) as SpyModeName[]).flatMap((mode) =>
        extension(SPY_MODES[mode].extension, [
          `Set(${SPY_MODE_VARIABLE}=${mode})`,
          `ChanSpy(\${${SPY_TARGET_VARIABLE}},${SPY_MODES[mode].options})`,
          'Hangup()',
        ]),
      ),
    },
  ];
}
