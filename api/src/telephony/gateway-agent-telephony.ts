import type { AgentPhone, AgentTelephony, QueueMembership } from '@switchboard/schema';
import { AmiAgentTelephony } from '@switchboard/telephony';
import type { AmiGateway } from './ami-gateway.js';

/** AgentTelephony over the api's lazily opened AMI connection. */
export class GatewayAgentTelephony implements AgentTelephony {
  constructor(private readonly gateway: AmiGateway) {}

  private async over(): Promise<AmiAgentTelephony> {
    return new AmiAgentTelephony(await this.gateway.get());
  }

  async joinQueues(phone: AgentPhone, memberships: readonly QueueMembership[], paused: boolean, reason: string | null) {
    await (await this.over()).joinQueues(phone, memberships, paused, reason);
  }

  async leaveQueues(phone: AgentPhone, campaignIds: readonly string[]) {
    await (await this.over()).leaveQueues(phone, campaignIds);
  }

  async setQueuePause(phone: AgentPhone, paused: boolean, reason: string | null) {
    await (await this.over()).setQueuePause(phone, paused, reason);
  }

  async phoneRegistered(phone: AgentPhone) {
    return (await this.over()).phoneRegistered(phone);
  }
}
