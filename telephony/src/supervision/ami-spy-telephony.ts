import type { SpiedCall, SpyMode, SpyOrder, SpyTelephony } from '@switchboard/schema';
import type { AmiClient } from '../ami/ami-client.js';
import { AmiError, AmiErrorCode } from '../ami/ami.errors.js';
import { coreShowChannels } from '../ami/actions/core-show-channels.action.js';
import { hangup } from '../ami/actions/hangup.action.js';
import { originate } from '../ami/actions/originate.action.js';
import { endpointDeviceState } from '../ami/actions/pjsip-show-endpoint.action.js';
import { redirect } from '../ami/actions/redirect.action.js';
import { agentDevice } from '../agents/agent-device.js';
import { findAgentChannels } from '../calls/agent-channels.js';
import { AUTO_ANSWER_HEADER } from '../calls/ami-call-telephony.js';
import { SPY_ACCOUNT_CODE, SPY_CONTEXT, SPY_MODES, SPY_TARGET_VARIABLE } from '../config/spy-dialplan.js';

/** What ChanSpy may be pointed at: one agent phone's channel, nothing a prefix could widen. */
const AGENT_CHANNEL = /^PJSIP\/\d{1,10}-[0-9a-f]{1,16}$/;
/** How long a started spy call's hangup is watched for; longer ones are closed on the next read. */
const WATCH_END_MS = 4 * 3600 * 1000;
/** Uniqueids we choose ourselves (randomUUID). */
const CHANNEL_ID = /^[0-9a-f-]{36}$/;

function checked(value: string, pattern: RegExp, what: string): string {
  if (!pattern.test(value)) throw new RangeError(`${what}: unexpected value ${JSON.stringify(value)}`);
  return value;
}

const positiveExtension = (extension: number) => {
  if (!Number.isInteger(extension) || extension <= 0) throw new RangeError(`not an extension: ${extension}`);
  return extension;
};

/** Spying over AMI: Originate into ChanSpy, Redirect for a mode change, Hangup to stop. */
export class AmiSpyTelephony implements SpyTelephony {
  constructor(private readonly ami: AmiClient) {}

  async agentCall(agentExtension: number): Promise<SpiedCall | null> {
    const channels = await findAgentChannels(this.ami, positiveExtension(agentExtension));
    if (!channels) return null;
    return { callId: channels.callId, agentChannel: channels.agentChannel, connected: channels.peerChannel !== null };
  }

  async phoneRegistered(extension: number): Promise<boolean> {
    const state = (await endpointDeviceState(this.ami, String(positiveExtension(extension))))?.toLowerCase();
    return state !== undefined && state !== '' && state !== 'unavailable' && state !== 'invalid' && state !== 'unknown';
  }

  async startSpy(order: SpyOrder): Promise<boolean> {
    const handle = await originate(this.ami, {
      channel: agentDevice(positiveExtension(order.supervisorExtension)),
      destination: { context: SPY_CONTEXT, exten: SPY_MODES[order.mode].extension },
      channelId: checked(order.spyChannelId, CHANNEL_ID, 'spyChannelId'),
      timeoutMs: order.ringSeconds * 1000,
      callerId: `"Supervision" <${positiveExtension(order.agentExtension)}>`,
      account: SPY_ACCOUNT_CODE,
      variables: {
        [SPY_TARGET_VARIABLE]: checked(order.agentChannel, AGENT_CHANNEL, 'agentChannel'),
        // The webphone answers by itself, as agents' webphones do for auto-attended calls.
        'PJSIP_HEADER(add,Call-Info)': AUTO_ANSWER_HEADER,
      },
    });
    const verdict = await handle.outcome().catch(() => null);
    return verdict?.response === 'Success';
  }

  async changeMode(spyChannelId: string, mode: SpyMode): Promise<void> {
    await redirect(this.ami, {
      channel: checked(spyChannelId, CHANNEL_ID, 'spyChannelId'),
      context: SPY_CONTEXT,
      exten: SPY_MODES[mode].extension,
    });
  }

  async stopSpy(spyChannelId: string): Promise<void> {
    try {
      await hangup(this.ami, { channel: checked(spyChannelId, CHANNEL_ID, 'spyChannelId') });
    } catch (error) {
      // Gone already (the supervisor or the agent hung up): what stopping wanted.
      if (
        error instanceof AmiError &&
        error.code === AmiErrorCode.ACTION_FAILED &&
        /no such channel/i.test(error.message)
      )
        return;
      throw error;
    }
  }

  spyEnded(spyChannelId: string, agentChannel: string): Promise<boolean> {
    const id = checked(spyChannelId, CHANNEL_ID, 'spyChannelId');
    const agent = checked(agentChannel, AGENT_CHANNEL, 'agentChannel');
    return new Promise((resolve) => {
      const done = (hungUp: boolean) => {
        clearTimeout(timer);
        stopHangups();
        stopDisconnect();
        resolve(hungUp);
      };
      const timer = setTimeout(() => done(false), WATCH_END_MS);
      timer.unref();
      const stopHangups = this.ami.on('Hangup', (event) => {
        if (event.uniqueid === id) done(true);
        // A barging supervisor is in the agent's bridge and would stay there with the customer.
        else if (event.channel === agent) this.stopSpy(id).catch(() => undefined);
      });
      const stopDisconnect = this.ami.onConnection('disconnected', () => done(false));
    });
  }

  async spyChannelAlive(spyChannelId: string): Promise<boolean> {
    const id = checked(spyChannelId, CHANNEL_ID, 'spyChannelId');
    return (await coreShowChannels(this.ami)).some((channel) => channel.uniqueid === id);
  }
}
