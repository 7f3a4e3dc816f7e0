// A dialer-lab scenario: the campaign, the list's behaviour and the pacing settings. Checked
// with zod so that a bad file is refused with the name of the field at fault.

import { z } from 'zod';
import { pacingModes } from '../dialer/pacing/pacing.types.js';

const rate = z.number().min(0).max(1);
const seconds = z.number().min(0);

export const scenarioSchema = z
  .object({
    /** Free text shown in the output. */
    name: z.string().optional(),
    agents: z.number().int().min(1).max(10_000),
    humanRate: rate,
    machineRate: rate,
    busyRate: rate,
    rejectRate: rate,
    ringSeconds: z
      .object({ min: seconds, max: seconds })
      .strict()
      .refine((ring) => ring.min <= ring.max, { message: 'min must not exceed max', path: ['min'] }),
    noAnswerTimeoutSeconds: z.number().positive(),
    handleSeconds: z
      .object({
        mean: z.number().positive(),
        distribution: z.enum(['exponential', 'lognormal']),
        sigma: z.number().positive().optional(),
      })
      .strict()
      .refine((handle) => handle.distribution !== 'lognormal' || handle.sigma !== undefined, {
        message: 'sigma is required for a lognormal distribution',
        path: ['sigma'],
      }),
    wrapSeconds: seconds,
    amdSeconds: seconds,
    amdFalsePositiveRate: rate,
    durationMinutes: z
      .number()
      .positive()
      .max(7 * 24 * 60),
    targetAbandonRate: z.number().gt(0).lt(1),
    boost: z.number().min(1).max(10).default(1),
    maxLinesPerAgent: z.number().min(1).max(20),
    seed: z.number().int().min(0).max(0xffffffff),
    mode: z.enum(pacingModes),
    /** Ratio mode's lines per ready agent. */
    dialRatio: z.number().min(1).max(20).default(2),
    /** 0 = unlimited. */
    maxOriginatesPerSecond: z.number().min(0).default(0),
    maxChannels: z.number().int().min(0).default(0),
    /** Predictive: ringing calls may be hung up as surplus after this long; 0 = never. */
    surplusHangupAfterSeconds: z.number().min(0).default(0),
  })
  .strict()
  .refine((s) => s.humanRate + s.machineRate + s.busyRate + s.rejectRate <= 1 + 1e-9, {
    message: 'humanRate + machineRate + busyRate + rejectRate must not exceed 1 (the rest is no answer)',
    path: ['humanRate'],
  });

export type Scenario = z.infer<typeof scenarioSchema>;
