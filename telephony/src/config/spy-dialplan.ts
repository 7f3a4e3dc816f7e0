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

/** The accountcode of supervisors' spy channels: how an agent's bridge tells a barging supervisor from the customer. */
export const SPY_ACCOUNT_CODE = 'switchboard-spy';

/**
 * What each mode runs. LISTEN and WHISPER are ChanSpy on the agent's channel, with q (no beep,
 * no channel name spoken: the agent must not notice), E (leave when the agent's channel hangs
 * up: the supervisor's call ends with the agent's) and S (leave when there is nothing to spy
 * on: the call ended before the redirect); WHISPER adds w (the supervisor talks to the agent
 * only). BARGE joins the agent's bridge itself (BridgeAdd: a three-party mix, agent and
 * customer both hear the supervisor). ChanSpy's B option did that by finding the agent's bridge
 * peer once, when it started, and now and then found none: the agent heard the supervisor,
 * the customer did not. In the bridge the supervisor outlives an agent who hangs up, so the
 * process that placed the spy call hangs it up then (AmiSpyTelephony.spyEnded).
 */
export const SPY_MODES = {
  LISTEN: { extension: 'listen', application: 'ChanSpy', options: 'qES' },
  WHISPER: { extension: 'whisper', application: 'ChanSpy', options: 'qESw' },
  BARGE: { extension: 'barge', application: 'BridgeAdd', options: '' },
} as const;

export type SpyModeName = keyof typeof SPY_MODES;

export function spyDialplan(): ConfSection[] {
  return [
    {
      name: SPY_CONTEXT,
      comment: "A supervisor's phone spying on an agent's channel; the extension is the mode.",
      separator: '=>',
      lines: (Object.keys(SPY_MODES) as SpyModeName[]).flatMap((mode) =>
        extension(SPY_MODES[mode].extension, [`Set(${SPY_MODE_VARIABLE}=${mode})`, spyStep(mode), 'Hangup()']),
      ),
    },
  ];
}

function spyStep(mode: SpyModeName): string {
  const { application, options } = SPY_MODES[mode];
  const target = `\${${SPY_TARGET_VARIABLE}}`;
  return options ? `${application}(${target},${options})` : `${application}(${target})`;
}
