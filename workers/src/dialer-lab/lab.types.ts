// The simulated world's entities and events.

/** What a dialled number will do; the dialer learns it only as the call unfolds. */
export type CallFate = 'human' | 'machine' | 'busy' | 'reject' | 'no-answer';

export interface LabCall {
  id: number;
  fate: CallFate;
  originatedAt: number;
  /** ringing -> screening (AMD) -> waiting -> talking, or ended at any step. */
  stage: 'ringing' | 'screening' | 'waiting' | 'talking' | 'ended';
  /** When the callee answered (human or machine). */
  answeredAt: number | null;
}

export interface LabAgent {
  id: number;
  state: 'ready' | 'call' | 'wrap';
  /** When the agent entered its current state. */
  since: number;
  /** Whether the agent has finished a call already (idle time counts only between calls). */
  hadCall: boolean;
}

export type LabEvent =
  | { kind: 'tick' }
  /** Busy, reject or no answer: the attempt ends without an answer. */
  | { kind: 'fail'; call: LabCall }
  | { kind: 'answer'; call: LabCall }
  | { kind: 'screened'; call: LabCall }
  | { kind: 'abandon'; call: LabCall }
  | { kind: 'hangup'; call: LabCall; agent: LabAgent }
  | { kind: 'wrap-end'; agent: LabAgent };

export interface LabResult {
  name: string | null;
  mode: string;
  seed: number;
  agents: number;
  durationMinutes: number;
  talkMinutesPerAgentHour: number;
  occupancy: number;
  abandonRate: number;
  abandonRateWithAmdFalsePositives: number;
  callsPlaced: number;
  humansAnswered: number;
  machines: number;
  abandoned: number;
  amdFalsePositives: number;
  busy: number;
  rejected: number;
  noAnswer: number;
  hungUpRinging: number;
  meanAgentIdleSecondsBetweenCalls: number;
}
