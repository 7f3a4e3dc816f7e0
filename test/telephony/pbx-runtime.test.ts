import { readFile, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { asteriskCli, pbxStatus, setupPbx, startPbx } from '@switchboard/telephony';
import { LOADED_MODULES } from '../../telephony/src/config/modules-conf.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from './pbx-harness.js';

let pbx: TestPbx;

beforeAll(async () => {
  pbx = await ensurePbx();
}, PBX_HOOK_TIMEOUT_MS);

/** Local addresses (ip:port) of every TCP/UDP socket a process holds, read from /proc. */
async function socketsOf(pid: number): Promise<string[]> {
  const inodes = new Set<string>();
  for (const fd of await readdir(`/proc/${pid}/fd`)) {
    const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
    if (inode) inodes.add(inode);
  }
  const addresses: string[] = [];
  for (const table of ['tcp', 'udp', 'tcp6', 'udp6']) {
    const rows = (await readFile(`/proc/${pid}/net/${table}`, 'utf8')).trim().split('\n').slice(1);
    for (const row of rows) {
      const [, local, , state, , , , , , inode] = row.trim().split(/\s+/);
      // TCP: only listening sockets (state 0A); every bound UDP socket can receive.
      if (!inodes.has(inode!) || (table.startsWith('tcp') && state !== '0A')) continue;
      const [hexAddress, hexPort] = local!.split(':');
      const ip = table.endsWith('6') ? `[${hexAddress}]` : Buffer.from(hexAddress!, 'hex').reverse().join('.');
      addresses.push(`${ip}:${parseInt(hexPort!, 16)}`);
    }
  }
  return addresses;
}

describe('the PBX runtime', () => {
  it('reports Asterisk running with AMI answering', async () => {
    const status = await pbxStatus(pbx.config);
    expect(status.running).toBe(true);
    expect(status.ami).toMatchObject({ answers: true, booted: true });
    expect(status.ami.greeting).toMatch(/^Asterisk Call Manager\//);
  });

  it('is idempotent and fast once set up and started', async () => {
    const setup = await setupPbx(pbx.config, pbx.logger);
    expect(setup.cached).toBe(true);
    const started = await startPbx(pbx.config, pbx.logger);
    expect(started).toMatchObject({ reused: true, pid: (await pbxStatus(pbx.config)).pid });
    expect(setup.durationMs + started.durationMs).toBeLessThan(2000);
  });

  it('listens on the loopback address only, on the configured ports', async () => {
    const { pid } = await pbxStatus(pbx.config);
    const sockets = await socketsOf(pid!);
    // PJSIP's DNS resolver holds one unconnected client socket per address family on an
    // ephemeral port; it sends queries, it serves nothing. Everything else is on loopback.
    const wildcard = sockets.filter((socket) => !socket.startsWith('127.0.0.1:'));
    expect(wildcard.length).toBeLessThanOrEqual(2);
    for (const socket of wildcard) expect(socket).toMatch(/^(0\.0\.0\.0|\[0+\]):\d+$/);
    const { PBX_AMI_PORT, PBX_SIP_PORT, PBX_PSTN_PORT, PBX_HTTP_PORT } = pbx.config;
    for (const port of [PBX_AMI_PORT, PBX_SIP_PORT, PBX_PSTN_PORT, PBX_HTTP_PORT]) {
      expect(sockets).toContain(`127.0.0.1:${port}`);
      expect(wildcard.filter((socket) => socket.endsWith(`:${port}`))).toEqual([]);
    }
  });

  it('loads the generated configuration without an error or warning', async () => {
    const log = await readFile(join(pbx.config.PBX_DIR, 'logs', 'messages.log'), 'utf8');
    const lastBoot = log.slice(log.lastIndexOf('modules will be loaded'));
    const startup = lastBoot.slice(0, lastBoot.indexOf('Asterisk Ready.'));
    expect(startup).not.toBe('');
    expect(startup.split('\n').filter((line) => /\] (ERROR|WARNING)\[/.test(line))).toEqual([]);
  });

  it('runs every module that modules.conf loads', async () => {
    const output = await asteriskCli(pbx.config, 'module show');
    const running = new Set(
      output
        .split('\n')
        .filter((line) => /\sRunning\s/.test(line))
        .map((line) => line.split(/\s+/)[0]),
    );
    expect(
      Object.values(LOADED_MODULES)
        .flat()
        .filter((module) => !running.has(module)),
    ).toEqual([]);
  });
});
