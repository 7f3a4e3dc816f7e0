// Campaign pacing settings as they arrive from configuration: checked once, with defaults,
// before a pacer is built from them.

import { z } from 'zod';
import { pacingModes, type PacingSettings } from './pacing.types.js';

export const pacingSettingsSchema = z.object({
  mode: z.enum(pacingModes),
  boost: z.number().min(1).max(10).default(1),
  dialRatio: z.number().min(1).max(20).default(2),
  targetAbandonRate: z.number().gt(0).lt(1).default(0.03),
  maxChannels: z.number().int().min(0).default(0),
  maxLinesPerAgent: z.number().min(1).max(20).default(3),
  maxOriginatesPerSecond: z.number().min(0).default(0),
  surplusHangupAfterSeconds: z.number().min(0).default(0),
});

/** Settings with defaults filled in; throws a ZodError naming the bad field. */
export function parsePacingSettings(input: unknown): PacingSettings {
  return pacingSettingsSchema.parse(input);
}
