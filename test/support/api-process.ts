import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { testEnvironment } from './api-harness.js';

const MAIN = fileURLToPath(new URL('../../api/dist/main.js', import.meta.url));

export interface ApiProcess {
  url: string;
  wsUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The built api as a separate OS process, as deployed: proves what crosses processes. */
export async function startApiProcess(overrides: Record<string, string> = {}): Promise<ApiProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first (npm test does)`);
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...testEnvironment({ LOG_LEVEL: 'info', ...overrides }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`api did not start in 20 s: ${stderr}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`api exited with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'api listening' && entry.url) {
          clearTimeout(timer);
          resolve(entry.url);
        }
      } catch {
        // not a log line
      }
    });
  });
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
