import type { Logger } from 'pino';
import { pbxPaths } from '../runtime/pbx-paths.js';
import { readPbxSecrets } from '../runtime/pbx-secrets.js';
import type { TelephonyConfig } from '../telephony.config.js';
import type { AmiClientOptions } from './ami-client.js';

/**
 * AMI client options from the telephony config: AMI_SECRET when set, otherwise the secret
 * that `pbx:setup` generated for the project's own Asterisk.
 */
export async function amiClientOptions(config: TelephonyConfig, logger: Logger): Promise<AmiClientOptions> {
  const secret = config.AMI_SECRET ?? (await readPbxSecrets(pbxPaths(config.PBX_DIR).secrets)).amiSecret;
  return {
    host: config.AMI_HOST,
    port: config.PBX_AMI_PORT,
    username: config.AMI_USERNAME,
    secret,
    actionsPerSecond: config.AMI_ACTIONS_PER_SECOND,
    burst: config.AMI_ACTION_BURST,
    actionTimeoutMs: config.AMI_ACTION_TIMEOUT_MS,
    logger,
  };
}
