import type { AgentCallChannels, InCallTelephony, InCallTransferTarget } from '@switchboard/schema';
import { AmiInCallTelephony } from '@switchboard/telephony';
import { apiTelephonyConfig } from '../resolvers/telephony-credentials.settings.js';
import type { AmiGateway } from './ami-gateway.js';

/** InCallTelephony over the api's lazily opened AMI connection. */
export class GatewayInCallTelephony implements InCallTelephony {
  constructor(private readonly gateway: AmiGateway) {}

  private async over(): Promise<AmiInCallTelephony> {
    const config = apiTelephonyConfig();
    return new AmiInCallTelephony(await this.gateway.get(), {
      directory: config.PBX_RECORDINGS_DIR,
      fileNamePattern: config.PBX_RECORDING_FILE_PATTERN,
    });
  }

  async currentCall(sipExtension: number) {
    return (await this.over()).currentCall(sipExtension);
  }

  async hold(call: AgentCallChannels) {
    await (await this.over()).hold(call);
  }

  async unhold(call: AgentCallChannels) {
    await (await this.over()).unhold(call);
  }

  async hangup(call: AgentCallChannels) {
    await (await this.over()).hangup(call);
  }

  async blindTransfer(call: AgentCallChannels, target: InCallTransferTarget) {
    await (await this.over()).blindTransfer(call, target);
  }

  async startConsultation(call: AgentCallChannels, target: InCallTransferTarget) {
    await (await this.over()).startConsultation(call, target);
  }

  async cancelConsultation(call: AgentCallChannels) {
    await (await this.over()).cancelConsultation(call);
  }

  async completeConsultation(call: AgentCallChannels) {
    await (await this.over()).completeConsultation(call);
  }

  async conference(call: AgentCallChannels) {
    await (await this.over()).conference(call);
  }

  async startRecording(call: AgentCallChannels, agentId: string) {
    return (await this.over()).startRecording(call, agentId);
  }

  async stopRecording(call: AgentCallChannels) {
    await (await this.over()).stopRecording(call);
  }
}
