// Ratio: a fixed number of lines per ready agent, whatever the answer rate does.

import type { PacingProposal, PacingSettings, PacingSnapshot } from './pacing.types.js';
import { linesForReadyAgents } from './progressive.pacing.js';

export function proposeRatio(snapshot: PacingSnapshot, settings: Pick<PacingSettings, 'dialRatio'>): PacingProposal {
  const { wanted, pending } = linesForReadyAgents(snapshot, settings.dialRatio);
  return {
    wanted,
    dialLevel: settings.dialRatio,
    reason: {
      mode: 'ratio',
      note: 'ready agents x dial ratio',
      figures: { ready: snapshot.agentsReady, dialRatio: settings.dialRatio, pending },
    },
  };
}
