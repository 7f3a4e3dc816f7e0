import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { pino } from 'pino';
import { stopPbx } from '@switchboard/telephony';
import { testTelephonyConfig } from './test-telephony-config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pbxRunId: string;
  }
}

/** Marker file: which test run started the running Asterisk. */
export const STARTED_BY_FILE = 'started-by-test-run';

/**
 * Starts nothing: test files that need Asterisk start it themselves (pbx-harness.ts), so that
 * a run without telephony tests never builds the chroot. At the end of the run, stops the
 * Asterisk if (and only if) this run started it; one a developer started is left running.
 */
export default function setup(project: TestProject) {
  const runId = randomUUID();
  project.provide('pbxRunId', runId);
  return async () => {
    const config = testTelephonyConfig();
    const marker = join(config.PBX_DIR, STARTED_BY_FILE);
    if ((await readFile(marker, 'utf8').catch(() => '')) !== runId) return;
    await stopPbx(config, pino({ level: 'silent' }));
    await rm(marker, { force: true });
  };
}
