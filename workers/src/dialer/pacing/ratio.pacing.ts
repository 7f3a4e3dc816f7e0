// Ratio: a fixed number of lines per ready agent, whatever the answer rate does.

import type { PacingProposal, PacingSettings, PacingSnapshot } from './pacing.types.js';

export function proposeRatio(snapshot: PacingSnapshot, settings: Pick<PacingSettings, 'dialRatio'>): PacingProposal {
  const target = Math.floor(snapshot.agentsReady * settings.dialRatio);
  const pending = snapshot.callsInFlight.length + snapshot.humansWaiting;
  return {
    wanted: Math.max(0, target - pending),
    reason: {
      mode: 'ratio',
      note: 'ready agents x dial ratio',
      figures: { ready: snapshot.agentsReady, dialRatio: settings.dialRatio, pending },
    },
  };
}
