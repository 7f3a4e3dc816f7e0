import type { SpyMode, SpyOrder, SpyTelephony } from '@switchboard/schema';
import { AmiSpyTelephony } from '@switchboard/telephony';
import type { AmiGateway } from './ami-gateway.js';

/** SpyTelephony over the api's lazily opened AMI connection. */
export class GatewaySpyTelephony implements SpyTelephony {
  constructor(private readonly gateway: AmiGateway) {}

  private async over(): Promise<AmiSpyTelephony> {
    return new AmiSpyTelephony(await this.gateway.get());
  }

  async agentCall(agentExtension: number) {
    return (await this.over()).agentCall(agentExtension);
  }

  async phoneRegistered(extension: number) {
    return (await this.over()).phoneRegistered(extension);
  }

  async startSpy(order: SpyOrder) {
    return (await this.over()).startSpy(order);
  }

  async changeMode(spyChannelId: string, mode: SpyMode) {
    await (await this.over()).changeMode(spyChannelId, mode);
  }

  async stopSpy(spyChannelId: string) {
    await (await this.over()).stopSpy(spyChannelId);
  }

  async spyEnded(spyChannelId: string, agentChannel: string) {
    return (await this.over()).spyEnded(spyChannelId, agentChannel);
  }

  async spyChannelAlive(spyChannelId: string) {
    return (await this.over()).spyChannelAlive(spyChannelId);
  }
}
