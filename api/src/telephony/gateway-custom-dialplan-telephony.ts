import type { CustomDialplanTelephony } from '@switchboard/schema';
import { loadCustomDialplan } from '@switchboard/telephony';
import { apiTelephonyConfig } from '../resolvers/telephony-credentials.settings.js';
import type { AmiGateway } from './ami-gateway.js';

/** CustomDialplanTelephony over the api's AMI connection and the PBX folder it shares with Asterisk. */
export class GatewayCustomDialplanTelephony implements CustomDialplanTelephony {
  constructor(private readonly gateway: AmiGateway) {}

  async loadCustomDialplan(content: string, expectedContexts: readonly string[]) {
    return loadCustomDialplan(await this.gateway.get(), apiTelephonyConfig(), content, expectedContexts);
  }
}
