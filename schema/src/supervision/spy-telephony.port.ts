import type { SpyMode } from './spy.types.js';

/**
 * What spying needs from the telephony layer, implemented over AMI by `@switchboard/telephony`
 * (AmiSpyTelephony): the supervisor's phone is called into a dialplan context that runs
 * ChanSpy on the agent's channel. The rules stay in SpyService.
 */

/** The agent's call as Asterisk has it now. */
export interface SpiedCall {
  /** SB_CALL_ID of the agent's leg ('' when it carries none). */
  callId: string;
  /** The agent's phone's channel (PJSIP/<extension>-...). */
  agentChannel: string;
  /** The agent's channel is bridged to another party (the call is connected). */
  connected: boolean;
}

export interface SpyOrder {
  /** The supervisor's phone account extension: PJSIP/<extension> is called. */
  supervisorExtension: number;
  /** The agent's channel ChanSpy attaches to. */
  agentChannel: string;
  agentExtension: number;
  mode: SpyMode;
  /** The uniqueid the supervisor's channel gets, so that later commands can name it. */
  spyChannelId: string;
  /** How long the supervisor's phone may ring (webphones answer by themselves at once). */
  ringSeconds: number;
}

export interface SpyTelephony {
  /** The agent's call now, or null when its phone has none. */
  agentCall(agentExtension: number): Promise<SpiedCall | null>;
  /** Whether the phone of this extension is registered now. */
  phoneRegistered(extension: number): Promise<boolean>;
  /** Calls the supervisor's phone (auto-answer) into ChanSpy; resolves with whether it answered. */
  startSpy(order: SpyOrder): Promise<boolean>;
  /** Sends the supervisor's channel back into the spy context in another mode (the same call). */
  changeMode(spyChannelId: string, mode: SpyMode): Promise<void>;
  /** Hangs up the supervisor's channel; gone already is not an error. */
  stopSpy(spyChannelId: string): Promise<void>;
  /**
   * Resolves true when the supervisor's channel hangs up, as this process's AMI connection sees
   * it; false when it stops watching (connection lost, or hours passed). Called before the
   * channel exists, so no hangup is missed. Hangs the supervisor's channel up when the agent's
   * does: the spy call ends with the agent's call, in every mode.
   */
  spyEnded(spyChannelId: string, agentChannel: string): Promise<boolean>;
  /** Whether the supervisor's channel still exists. */
  spyChannelAlive(spyChannelId: string): Promise<boolean>;
}
