import type { Logger } from 'pino';
import { AmiClient, amiClientOptions } from '@switchboard/telephony';
import { apiTelephonyConfig } from '../resolvers/telephony-credentials.settings.js';

/**
 * The api's AMI connection, opened on first use: most requests never need Asterisk, and an
 * api started without one (tests, a read-only replica) must still serve them.
 */
export class AmiGateway {
  private client: Promise<AmiClient> | undefined;

  constructor(private readonly logger: Logger) {}

  get(): Promise<AmiClient> {
    this.client ??= this.open().catch((error: unknown) => {
      this.client = undefined;
      throw error;
    });
    return this.client;
  }

  private async open(): Promise<AmiClient> {
    const options = await amiClientOptions(apiTelephonyConfig(), this.logger.child({ component: 'ami' }));
    const client = new AmiClient(options);
    // Not awaited: the client reconnects by itself and queues actions until it is logged in.
    client.connect().catch((error: unknown) => this.logger.warn({ err: error }, 'AMI not reachable yet'));
    return client;
  }

  async close(): Promise<void> {
    const client = await this.client?.catch(() => undefined);
    await client?.close();
  }
}
