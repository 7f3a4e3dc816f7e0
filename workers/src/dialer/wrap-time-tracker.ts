// Wrap (after-call work) durations as the dialer can see them: an agent's live state is read
// every tick, and an agent seen in ACW who is later seen in another state has wrapped for the
// time between the two states' start. The pacer needs these samples to know when agents now
// talking or wrapping will be ready (without them it would take wrap for zero, or endless).

/** Longer than this is not a wrap the pacer should learn from (a forgotten ACW, a clock jump). */
const MAX_WRAP_SECONDS = 3600;

export class WrapTimeTracker {
  /** Agents last seen in ACW, with when it started (epoch ms). */
  private readonly inWrap = new Map<string, number>();

  /**
   * One agent as read this tick; returns the wrap it just finished, in seconds, if any.
   * `since` is when the agent's current state started.
   */
  observe(agentId: string, inAcw: boolean, since: number): number | null {
    const started = this.inWrap.get(agentId);
    if (inAcw) {
      this.inWrap.set(agentId, since);
      return started !== undefined && started !== since ? this.finished(started, since) : null;
    }
    if (started === undefined) return null;
    this.inWrap.delete(agentId);
    return this.finished(started, since);
  }

  /** Agents not read this tick (logged out, moved to other campaigns) are forgotten. */
  keepOnly(agentIds: ReadonlySet<string>): void {
    for (const id of this.inWrap.keys()) if (!agentIds.has(id)) this.inWrap.delete(id);
  }

  private finished(started: number, ended: number): number | null {
    const seconds = (ended - started) / 1000;
    return seconds >= 0 && seconds <= MAX_WRAP_SECONDS ? seconds : null;
  }
}
