import type { AgentCallOrder, CallTelephony } from '@switchboard/schema';
import { AmiCallTelephony } from '@switchboard/telephony';
import type { AmiGateway } from './ami-gateway.js';

/** CallTelephony over the api's lazily opened AMI connection. */
export class GatewayCallTelephony implements CallTelephony {
  constructor(private readonly gateway: AmiGateway) {}

  async placeAgentCall(order: AgentCallOrder) {
    return new AmiCallTelephony(await this.gateway.get()).placeAgentCall(order);
  }
}
