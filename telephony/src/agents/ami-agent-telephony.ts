import type { AgentPhone, AgentTelephony, QueueMembership } from '@switchboard/schema';
import type { AmiClient } from '../ami/ami-client.js';
import { endpointDeviceState } from '../ami/actions/pjsip-show-endpoint.action.js';
import { queueAdd } from '../ami/actions/queue-add.action.js';
import { queuePause } from '../ami/actions/queue-pause.action.js';
import { queueRemove } from '../ami/actions/queue-remove.action.js';
import { campaignQueueName } from '../config/database/campaign-queues-conf.js';
import { agentDevice } from './agent-device.js';

/** Agent sessions' telephony over AMI: each method sends one kind of action. */
export class AmiAgentTelephony implements AgentTelephony {
  constructor(private readonly ami: AmiClient) {}

  async joinQueues(
    phone: AgentPhone,
    memberships: readonly QueueMembership[],
    paused: boolean,
    reason: string | null,
  ): Promise<void> {
    for (const membership of memberships) {
      await queueAdd(this.ami, {
        queue: campaignQueueName(membership.campaignId),
        interface: agentDevice(phone.sipExtension),
        memberName: phone.agentId,
        penalty: membership.penalty,
        paused,
        reason,
      });
    }
  }

  async leaveQueues(phone: AgentPhone, campaignIds: readonly string[]): Promise<void> {
    for (const campaignId of campaignIds) {
      await queueRemove(this.ami, { queue: campaignQueueName(campaignId), interface: agentDevice(phone.sipExtension) });
    }
  }

  async setQueuePause(phone: AgentPhone, paused: boolean, reason: string | null): Promise<void> {
    await queuePause(this.ami, { interface: agentDevice(phone.sipExtension), paused, reason });
  }

  async phoneRegistered(phone: AgentPhone): Promise<boolean> {
    const state = (await endpointDeviceState(this.ami, String(phone.sipExtension)))?.toLowerCase();
    return state !== undefined && state !== '' && state !== 'unavailable' && state !== 'invalid' && state !== 'unknown';
  }
}
