import { describe, expect, it } from 'vitest';
import { runDialerLab } from './dialer-lab.simulation.js';
import { parseScenario, ScenarioError } from './scenario-loader.js';

const tiny = {
  agents: 3,
  humanRate: 0.3,
  machineRate: 0.2,
  busyRate: 0.1,
  rejectRate: 0.05,
  ringSeconds: { min: 3, max: 15 },
  noAnswerTimeoutSeconds: 20,
  handleSeconds: { mean: 60, distribution: 'lognormal', sigma: 0.5 },
  wrapSeconds: 5,
  amdSeconds: 2,
  amdFalsePositiveRate: 0.05,
  durationMinutes: 60,
  targetAbandonRate: 0.03,
  boost: 1,
  maxLinesPerAgent: 3,
  seed: 7,
  mode: 'predictive',
};

describe('dialer lab', () => {
  it('gives byte-identical output for the same seed, and different output for another', () => {
    const scenario = parseScenario(tiny);
    const first = JSON.stringify(runDialerLab(scenario));
    expect(JSON.stringify(runDialerLab(scenario))).toBe(first);
    expect(JSON.stringify(runDialerLab(parseScenario({ ...tiny, seed: 8 })))).not.toBe(first);
  });

  it.each(['progressive', 'predictive', 'ratio', 'vicidial-adaptive'])(
    'keeps the books consistent in %s mode',
    (mode) => {
      const result = runDialerLab(parseScenario({ ...tiny, mode }));
      expect(result.callsPlaced).toBeGreaterThan(0);
      expect(result.humansAnswered).toBeGreaterThan(0);
      // Every resolved attempt is exactly one outcome; a few may still ring at the end.
      const resolved =
        result.humansAnswered +
        result.machines +
        result.busy +
        result.rejected +
        result.noAnswer +
        result.hungUpRinging;
      expect(resolved).toBeLessThanOrEqual(result.callsPlaced);
      expect(result.callsPlaced - resolved).toBeLessThanOrEqual(tiny.agents * tiny.maxLinesPerAgent);
      expect(result.abandoned + result.amdFalsePositives).toBeLessThanOrEqual(result.humansAnswered);
      expect(result.occupancy).toBeGreaterThan(0);
      expect(result.occupancy).toBeLessThanOrEqual(1);
      // Talk is part of occupancy: talk minutes per agent-hour / 60 cannot exceed it.
      expect(result.talkMinutesPerAgentHour / 60).toBeLessThanOrEqual(result.occupancy);
      expect(result.abandonRateWithAmdFalsePositives).toBeGreaterThanOrEqual(result.abandonRate);
      if (mode === 'progressive') expect(result.abandoned).toBe(0);
    },
  );

  it('hangs up surplus ringing calls only when the scenario allows it, and then more talk for the same abandons', () => {
    const long = {
      ...tiny,
      agents: 10,
      durationMinutes: 240,
      ringSeconds: { min: 4, max: 24 },
      noAnswerTimeoutSeconds: 26,
    };
    const without = runDialerLab(parseScenario(long));
    const withHangups = runDialerLab(parseScenario({ ...long, surplusHangupAfterSeconds: 15 }));
    expect(without.hungUpRinging).toBe(0);
    expect(withHangups.hungUpRinging).toBeGreaterThan(0);
    expect(withHangups.occupancy).toBeGreaterThan(without.occupancy);
    expect(withHangups.abandonRate).toBeLessThanOrEqual(long.targetAbandonRate);
    expect(() => parseScenario({ ...long, surplusHangupAfterSeconds: -1 })).toThrow(/surplusHangupAfterSeconds/);
  });

  it('refuses a bad scenario naming the field', () => {
    expect(() => parseScenario({ ...tiny, humanRate: 1.5 })).toThrow(/humanRate/);
    expect(() => parseScenario({ ...tiny, handleSeconds: { mean: 60, distribution: 'lognormal' } })).toThrow(
      /handleSeconds\.sigma/,
    );
    expect(() => parseScenario({ ...tiny, agents: undefined })).toThrow(ScenarioError);
    expect(() => parseScenario({ ...tiny, mode: 'turbo' })).toThrow(/mode/);
  });
});
