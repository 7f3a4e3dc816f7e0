// The contract between a dialer and its pacer. Everything here is plain data: the dialer
// builds a snapshot of one campaign every tick, the pacer answers how many calls to
// originate now. Time is always passed in (seconds), never read from a clock, so the same
// code runs in the real dialer and in the dialer lab's simulated time.

export const pacingModes = ['progressive', 'predictive', 'ratio', 'vicidial-adaptive'] as const;
export type PacingMode = (typeof pacingModes)[number];

/** What became of one dial attempt, as the dialer saw it (an AMD false positive is a machine here). */
export type CallOutcome = 'human' | 'machine' | 'busy' | 'reject' | 'no-answer';

export interface BusyAgent {
  /** 'call': talking to a customer; 'wrap': after-call work, not yet ready. */
  phase: 'call' | 'wrap';
  /** Seconds since the agent entered this phase. */
  secondsInPhase: number;
}

export interface InFlightCall {
  /** The dialer's id for the call, so a decision can name calls to hang up. */
  id: string;
  /** Seconds since the originate was sent. */
  secondsSinceOriginate: number;
  /** 'ringing': not answered yet; 'screening': answered, answering-machine detection running. */
  stage: 'ringing' | 'screening';
}

/** Read-only statistics a pacer may use; `PacingObservations` implements it. */
export interface PacingStatistics {
  /** Outcomes recorded in the rolling window. */
  readonly outcomeCount: number;
  /** Handle (talk) times recorded in the rolling window. */
  readonly handleCount: number;
  /** Share of attempts in the window that reached a human the dialer kept. */
  humanRate(): number;
  /** P(the attempt turns out human | still unresolved after `seconds` of ringing). */
  humanRateAfterRinging(seconds: number): number;
  /** P(the attempt turns out human | answered and in answering-machine detection). */
  humanRateWhenAnswered(): number;
  /**
   * P(a human is known within `seconds` of the originate | the attempt is a human): the
   * observed distribution of the time from originate to the end of AMD.
   */
  humanRingDistribution(seconds: number): number;
  /** P(handle time <= upTo | handle time > after), from the empirical handle-time distribution. */
  handleDoneBy(after: number, upTo: number): number;
  /** P(wrap time <= upTo | wrap time > after). */
  wrapDoneBy(after: number, upTo: number): number;
  /** Mean wrap time in the window (0 without samples). */
  meanWrapSeconds(): number;
  /** Abandoned / humans connected-or-abandoned since the campaign started (0 before any). */
  abandonRateSoFar(): number;
  /** Humans that reached the connect step (agent or abandon) since the campaign started. */
  readonly humansSoFar: number;
  /** Of those, the ones abandoned. */
  readonly abandonedSoFar: number;
}

/** One campaign, one tick. */
export interface PacingSnapshot {
  /** Seconds on any monotonic clock; only differences matter. */
  now: number;
  agentsLoggedIn: number;
  /** Idle agents able to take a call right now. */
  agentsReady: number;
  /** Agents talking or in wrap, with how long they have been in that phase. */
  agentsBusy: readonly BusyAgent[];
  /** Originated and not yet with an agent nor hung up (ringing or in AMD). */
  callsInFlight: readonly InFlightCall[];
  /** Humans answered, past AMD, waiting for an agent (they abandon if none comes soon). */
  humansWaiting: number;
  /**
   * Trunk channels free for this campaign right now; null when unknown or unlimited. It is
   * live state, so it travels with the snapshot rather than the settings.
   */
  trunkChannelsFree: number | null;
  observations: PacingStatistics;
}

export interface PacingSettings {
  mode: PacingMode;
  /** Progressive: lines per ready agent (1 = one call per idle agent). */
  boost: number;
  /** Ratio: fixed lines per ready agent. */
  dialRatio: number;
  /** Maximum abandoned / answered humans, as a fraction (0.03 = 3 %). */
  targetAbandonRate: number;
  /** Channels the campaign may hold (calls in flight, waiting and talking); 0 = unlimited. */
  maxChannels: number;
  /** Calls in flight or waiting per logged-in agent, at most. */
  maxLinesPerAgent: number;
  /** Originates per second, at most; 0 = unlimited. */
  maxOriginatesPerSecond: number;
  /**
   * Predictive: a ringing call may be hung up as surplus once it has rung this long; 0 = never.
   * 15 s is the shortest the US Telemarketing Sales Rule allows for an unanswered call.
   */
  surplusHangupAfterSeconds: number;
}

export type PacingLimit = 'none' | 'max-channels' | 'lines-per-agent' | 'originates-per-second' | 'trunk-channels';

export interface PacingDecision {
  /** Calls to originate now: an integer >= 0. */
  originate: number;
  /** Ringing calls (ids from the snapshot) to hang up now: more humans than agents are coming. */
  hangUp: readonly string[];
  /** What the mode asked for, before the caps. */
  wanted: number;
  /** The cap that cut `wanted` down, if any. */
  limitedBy: PacingLimit;
  /** Short, mode-specific numbers for logs and dashboards. */
  reason: PacingReason;
  /** Explanation only (dashboards): the lines per ready agent the mode dialed at, when it has one. */
  dialLevel?: number | null;
  /** Explanation only: the agents a forecast expects free when new calls' humans arrive, when there is one. */
  forecastFreeAgents?: number | null;
}

export interface PacingReason {
  mode: PacingMode;
  /** What the mode did, in a few words ('warming-up', 'forecast', 'level 1.8', ...). */
  note: string;
  /** Mode-specific figures, rounded, safe to log. */
  figures: Record<string, number>;
}

/** What one mode proposes before the caps. */
export interface PacingProposal {
  wanted: number;
  hangUp?: readonly string[];
  reason: PacingReason;
  /** See PacingDecision: explanation, never an input of the caps. */
  dialLevel?: number | null;
  forecastFreeAgents?: number | null;
}

/** A pacer for one campaign; it may keep state between ticks (vicidial's dial level). */
export interface Pacer {
  readonly mode: PacingMode;
  decide(snapshot: PacingSnapshot): PacingDecision;
}
