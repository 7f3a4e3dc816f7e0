import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every AMI action is checked for header injection in one place (ami-action-safety.ts), called
 * by AmiClient.send and by AmiConnection.send, the single writer. This pins that nothing else
 * can write to Asterisk's manager socket: only ami-connection.ts loads the asterisk-manager
 * library and calls its action(); every other raw socket is listed here with its reason.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const PACKAGES = ['telephony/src', 'workers/src', 'api/src', 'schema/src', 'clients/sdk/src', 'scripts'];

function sources(directory: string): string[] {
  return readdirSync(join(root, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs|cjs|vue)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !/\.(spec|test)\.ts$|\.d\.ts$|\/generated\//.test(path));
}

const files = PACKAGES.flatMap(sources).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
const matching = (pattern: RegExp) => files.filter((file) => pattern.test(file.text)).map((file) => file.path);

const GATE = 'telephony/src/ami/ami-connection.ts';

describe('the AMI socket has one writer', () => {
  it('scans every package', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map((file) => file.path)).toContain(GATE);
  });

  it('loads asterisk-manager (other than for its types) only in the gate', () => {
    const valueImport =
      /import\s+(?!type\b)[^;]*?from\s+['"]asterisk-manager['"]|require\(\s*['"]asterisk-manager['"]\s*\)|import\(\s*['"]asterisk-manager['"]\s*\)|^\s*import\s+['"]asterisk-manager['"]/m;
    expect(matching(valueImport)).toEqual([GATE]);
  });

  it("calls the library's action() only in the gate, after the header check", () => {
    expect(matching(/\.action\s*\(/)).toEqual([GATE]);
    const gate = files.find((file) => file.path === GATE)!.text;
    const send = gate.slice(gate.indexOf('  send('), gate.indexOf('this.manager.action('));
    expect(send).toContain('assertSafeAction(action)');
  });

  it('opens raw sockets only where listed, and the AMI probe checks its login too', () => {
    const rawSocket = /from\s+['"](node:)?(net|tls)['"]|require\(\s*['"](node:)?(net|tls)['"]\s*\)/;
    const typeOnly = /import\s+type\s[^;]*from\s+['"](node:)?(net|tls)['"]/;
    // Address helpers open nothing (api/src/config.ts checks API_TRUST_PROXY with isIP).
    const addressHelpersOnly =
      /import\s*\{\s*(isIP|isIPv4|isIPv6)(\s*,\s*(isIP|isIPv4|isIPv6))*\s*\}\s*from\s+['"](node:)?net['"]/;
    const harmless = new RegExp(`${typeOnly.source}|${addressHelpersOnly.source}`, 'g');
    const opening = files.filter((file) => rawSocket.test(file.text.replace(harmless, '')));
    expect(opening.map((file) => file.path).sort()).toEqual([
      // Asterisk connects to it (FastAGI); it answers AGI commands, never AMI.
      'telephony/src/agi/fastagi-server.ts',
      // pbx:status's raw Login, independent of the adapter by design; checked below.
      'telephony/src/runtime/ami-probe.ts',
    ]);
    expect(files.find((file) => file.path === 'telephony/src/runtime/ami-probe.ts')!.text).toMatch(
      /assertSafeAction\(login\);[\s\S]*socket\.write\(/,
    );
  });
});
