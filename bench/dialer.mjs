// npm run bench:dialer — runs every pacing mode through the dialer lab (the built pacing code
// in simulated time) on the 20-agent and the 5-agent scenarios, over several seeds, prints a
// comparison table, checks the predictive pacer's goals and writes bench/results/dialer.json.
// BENCH_SEEDS sets how many seeds (default 5).
/* global process, console -- Node globals: the lint config defines none for .mjs */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDialerLab } from '../workers/dist/dialer-lab/dialer-lab.simulation.js';
import { parseScenario } from '../workers/dist/dialer-lab/scenario-loader.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const seeds = Array.from({ length: Number(process.env.BENCH_SEEDS ?? 5) }, (_, index) => index + 1);
/** Rows of the table: a pacing mode, and for predictive, with and without surplus hang-ups. */
const variants = [
  { name: 'progressive', mode: 'progressive' },
  { name: 'ratio', mode: 'ratio' },
  { name: 'vicidial-adaptive', mode: 'vicidial-adaptive' },
  { name: 'predictive', mode: 'predictive', overrides: { surplusHangupAfterSeconds: 0 } },
  { name: 'predictive, hang-up after 15 s', mode: 'predictive', overrides: { surplusHangupAfterSeconds: 15 } },
];
const scenarios = [
  { label: '20 agents', file: 'predictive-20-agents.json' },
  { label: '5 agents', file: 'predictive-5-agents.json' },
];

async function runScenario({ label, file }) {
  const base = JSON.parse(await readFile(path.join(here, 'scenarios', file), 'utf8'));
  const runs = [];
  for (const { name, mode, overrides } of variants) {
    // Each mode keeps its own settings file for the 20 agents (ratio's dial ratio, ...).
    const modeFile = path.join(here, 'scenarios', file.replace('predictive', mode));
    const settings = await readFile(modeFile, 'utf8').then(JSON.parse, () => ({ ...base, mode }));
    for (const seed of seeds) {
      const started = process.hrtime.bigint();
      const result = runDialerLab(parseScenario({ ...settings, ...overrides, agents: base.agents, mode, seed }));
      runs.push({ ...result, variant: name, wallSeconds: Number(process.hrtime.bigint() - started) / 1e9 });
    }
  }
  return { label, file, targetAbandonRate: base.targetAbandonRate, runs, goals: checkGoals(label, base, runs) };
}

/** The predictive pacer's goals, seed by seed (every seed must pass), with and without hang-ups. */
function checkGoals(label, base, runs) {
  const bySeed = (variant) => new Map(runs.filter((run) => run.variant === variant).map((run) => [run.seed, run]));
  const vicidial = bySeed('vicidial-adaptive');
  const goals = {};
  for (const { name } of variants.filter((variant) => variant.mode === 'predictive')) {
    const predictive = bySeed(name);
    const goal = {
      abandonAtOrUnderTarget: seeds.every((seed) => predictive.get(seed).abandonRate <= base.targetAbandonRate),
    };
    if (label === '20 agents') {
      goal.occupancyAtLeast90 = seeds.every((seed) => predictive.get(seed).occupancy >= 0.9);
      goal.talkAtLeast10PercentOverVicidialAtEqualOrLowerAbandon = seeds.every(
        (seed) =>
          predictive.get(seed).talkMinutesPerAgentHour >= 1.1 * vicidial.get(seed).talkMinutesPerAgentHour &&
          predictive.get(seed).abandonRate <= vicidial.get(seed).abandonRate,
      );
    }
    goals[name] = goal;
  }
  return goals;
}

const range = (values, digits, scale = 1) => {
  const low = Math.min(...values) * scale;
  const high = Math.max(...values) * scale;
  return low.toFixed(digits) === high.toFixed(digits)
    ? low.toFixed(digits)
    : `${low.toFixed(digits)}–${high.toFixed(digits)}`;
};
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

function printTable(result) {
  console.log(`\n${result.label} (${result.file}), seeds ${seeds[0]}–${seeds.at(-1)}: range over seeds (mean)`);
  console.log(
    '| mode | talk min / agent-hour | occupancy | abandon % | abandon % with AMD false positives | idle s between calls |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const { name } of variants) {
    const runs = result.runs.filter((run) => run.variant === name);
    const column = (field, digits, scale = 1) =>
      `${range(
        runs.map((run) => run[field]),
        digits,
        scale,
      )} (${(mean(runs.map((run) => run[field])) * scale).toFixed(digits)})`;
    console.log(
      `| ${name} | ${column('talkMinutesPerAgentHour', 1)} | ${column('occupancy', 3)} | ${column('abandonRate', 2, 100)} | ` +
        `${column('abandonRateWithAmdFalsePositives', 2, 100)} | ${column('meanAgentIdleSecondsBetweenCalls', 1)} |`,
    );
  }
  for (const [variant, goals] of Object.entries(result.goals)) {
    for (const [goal, met] of Object.entries(goals))
      console.log(`goal (${variant}) ${goal}: ${met ? 'met' : 'NOT met'}`);
  }
}

const results = [];
for (const scenario of scenarios) {
  const result = await runScenario(scenario);
  printTable(result);
  results.push(result);
}
const file = path.join(here, 'results', 'dialer.json');
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, `${JSON.stringify({ seeds, results }, null, 2)}\n`);
console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
