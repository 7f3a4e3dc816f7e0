// Progressive: a call for each ready agent (times the boost) that does not already have one
// on the way. Never dials for agents who are still busy, so it abandons almost nobody.

import type { PacingProposal, PacingSettings, PacingSnapshot } from './pacing.types.js';

/** Lines for the ready agents, `perAgent` each, less the calls already on their way. */
export function linesForReadyAgents(snapshot: PacingSnapshot, perAgent: number): { wanted: number; pending: number } {
  const target = Math.floor(snapshot.agentsReady * perAgent);
  const pending = snapshot.callsInFlight.length + snapshot.humansWaiting;
  return { wanted: Math.max(0, target - pending), pending };
}

export function proposeProgressive(snapshot: PacingSnapshot, settings: Pick<PacingSettings, 'boost'>): PacingProposal {
  const { wanted, pending } = linesForReadyAgents(snapshot, settings.boost);
  return {
    wanted,
    dialLevel: settings.boost,
    reason: {
      mode: 'progressive',
      note: 'ready agents x boost',
      figures: { ready: snapshot.agentsReady, boost: settings.boost, pending },
    },
  };
}
