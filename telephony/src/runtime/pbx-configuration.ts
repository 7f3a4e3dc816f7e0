import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { baseConfiguration, type ConfigurationFiles } from '../config/base-configuration.js';
import type { BaseConfigurationOptions } from '../config/pbx-options.js';
import type { TelephonyConfig } from '../telephony.config.js';
import type { PbxPaths } from './pbx-paths.js';
import type { PbxSecrets } from './pbx-secrets.js';

/** The address every socket of the project's Asterisk binds to. */
export const PBX_HOST = '127.0.0.1';

/** Debian installs modules under the multiarch triplet (x86_64-linux-gnu, aarch64-linux-gnu...). */
export async function findModuleDir(paths: PbxPaths): Promise<string> {
  for (const entry of await readdir(join(paths.chroot, 'usr/lib'))) {
    const candidate = `/usr/lib/${entry}/asterisk/modules`;
    if (
      await access(join(paths.chroot, candidate)).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  throw new Error(`No Asterisk modules in ${paths.chroot}/usr/lib/*/asterisk/modules; run npm run pbx:setup`);
}

export function baseConfigurationOptions(
  config: TelephonyConfig,
  secrets: PbxSecrets,
  moduleDir: string,
): BaseConfigurationOptions {
  return {
    host: PBX_HOST,
    amiPort: config.PBX_AMI_PORT,
    sipPort: config.PBX_SIP_PORT,
    pstnPort: config.PBX_PSTN_PORT,
    httpPort: config.PBX_HTTP_PORT,
    rtpPortStart: config.PBX_RTP_PORT_START,
    rtpPortEnd: config.PBX_RTP_PORT_END,
    moduleDir,
    ami: { username: config.AMI_USERNAME, secret: config.AMI_SECRET ?? secrets.amiSecret },
    testPhones: Object.entries(secrets.testPhones).map(([name, password]) => ({ name, password })),
    fakePstn: { ringSeconds: config.PBX_FAKE_PSTN_RING_SECONDS, talkSeconds: config.PBX_FAKE_PSTN_TALK_SECONDS },
  };
}

export async function pbxConfigurationFiles(
  config: TelephonyConfig,
  paths: PbxPaths,
  secrets: PbxSecrets,
): Promise<ConfigurationFiles> {
  return baseConfiguration(baseConfigurationOptions(config, secrets, await findModuleDir(paths)));
}
