// npm run dialer-lab -- --scenario <file.json> [--seed N] [--mode M]
// Runs one scenario and prints one JSON object on stdout. --seed and --mode override the
// file's, so one file can be swept.

import { parseArgs } from 'node:util';
import { pacingModes, type PacingMode } from '../dialer/pacing/pacing.types.js';
import { runDialerLab } from './dialer-lab.simulation.js';
import { loadScenario, parseScenario, ScenarioError } from './scenario-loader.js';

const usage =
  'usage: npm run dialer-lab -- --scenario <file.json> [--seed N] [--mode progressive|predictive|ratio|vicidial-adaptive]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scenario: { type: 'string' }, seed: { type: 'string' }, mode: { type: 'string' } },
  });
  if (!values.scenario) throw new ScenarioError('(none)', [usage]);
  let scenario = await loadScenario(values.scenario);
  if (values.seed !== undefined || values.mode !== undefined) {
    scenario = parseScenario(
      {
        ...scenario,
        ...(values.seed !== undefined && { seed: Number(values.seed) }),
        ...(values.mode !== undefined && { mode: values.mode as PacingMode }),
      },
      `${values.scenario} (with --seed/--mode; modes: ${pacingModes.join(', ')})`,
    );
  }
  process.stdout.write(`${JSON.stringify(runDialerLab(scenario))}\n`);
}

main().catch((error: unknown) => {
  // The CLI's own output: a clear message for a bad file or flag, the stack for anything else.
  const message =
    error instanceof ScenarioError || error instanceof TypeError
      ? error.message
      : error instanceof Error
        ? error.stack
        : String(error);
  process.stderr.write(`dialer-lab: ${message}\n`);
  process.exit(1);
});
