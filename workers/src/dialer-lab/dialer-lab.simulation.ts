// The dialer lab: a discrete-event simulation of one campaign that runs the real pacing
// code in simulated time. Each simulated second the pacer gets a snapshot and says how many
// calls to place; calls ring, fail or are answered; AMD screens the answered ones; humans
// wait up to `humanPatienceSeconds` for an agent, else they are abandoned; agents talk and
// wrap. The pacer learns only what a real dialer would see, through PacingObservations
// (an AMD false positive looks like a machine to it).

import { createPacer, type CreatePacerOptions } from '../dialer/pacing/create-pacer.js';
import { PacingObservations } from '../dialer/pacing/pacing-observations.js';
import type { Pacer, PacingSnapshot } from '../dialer/pacing/pacing.types.js';
import { EventQueue } from './event-queue.js';
import { drawCall, type DrawnCall } from './lab-call-draw.js';
import { LabMetrics } from './lab-metrics.js';
import type { LabAgent, LabCall, LabEvent, LabResult } from './lab.types.js';
import type { Scenario } from './scenario.schema.js';
import { SeededRandom } from './seeded-random.js';

/** How long an answered human waits for an agent after AMD (the 2-second rule). */
export const humanPatienceSeconds = 2;

type SimulatedCall = LabCall & DrawnCall;

export function runDialerLab(scenario: Scenario, options: CreatePacerOptions = {}): LabResult {
  return new DialerLab(scenario, options).run();
}

class DialerLab {
  private readonly queue = new EventQueue<LabEvent>();
  private readonly random: SeededRandom;
  private readonly observations = new PacingObservations();
  private readonly metrics = new LabMetrics();
  private readonly pacer: Pacer;
  private readonly agents: LabAgent[];
  /** Ringing or in AMD, in the order placed. */
  private readonly inFlight = new Set<SimulatedCall>();
  private readonly waiting: SimulatedCall[] = [];
  private readonly end: number;
  private now = 0;
  private nextCallId = 1;

  constructor(
    private readonly scenario: Scenario,
    options: CreatePacerOptions,
  ) {
    this.random = new SeededRandom(scenario.seed);
    this.end = scenario.durationMinutes * 60;
    this.agents = Array.from({ length: scenario.agents }, (_, id) => ({
      id,
      state: 'ready',
      since: 0,
      hadCall: false,
    }));
    this.pacer = createPacer(
      {
        mode: scenario.mode,
        boost: scenario.boost,
        dialRatio: scenario.dialRatio,
        targetAbandonRate: scenario.targetAbandonRate,
        maxChannels: scenario.maxChannels,
        maxLinesPerAgent: scenario.maxLinesPerAgent,
        maxOriginatesPerSecond: scenario.maxOriginatesPerSecond,
        surplusHangupAfterSeconds: scenario.surplusHangupAfterSeconds,
      },
      options,
    );
  }

  run(): LabResult {
    this.queue.schedule(0, { kind: 'tick' });
    for (let next = this.queue.pop(); next && next.at <= this.end; next = this.queue.pop()) {
      this.now = next.at;
      this.handle(next.event);
    }
    this.closeBooks();
    return this.metrics.summarize(this.scenario);
  }

  private handle(event: LabEvent): void {
    switch (event.kind) {
      case 'tick':
        return this.tick();
      case 'fail':
        return this.fail(event.call as SimulatedCall);
      case 'answer':
        if (event.call.stage === 'ended') return;
        event.call.stage = 'screening';
        event.call.answeredAt = this.now;
        return this.queue.schedule(this.now + this.scenario.amdSeconds, { kind: 'screened', call: event.call });
      case 'screened':
        return this.screened(event.call as SimulatedCall);
      case 'abandon':
        return this.abandon(event.call as SimulatedCall);
      case 'hangup':
        return this.hangup(event.agent);
      case 'wrap-end':
        return this.wrapEnd(event.agent);
    }
  }

  private tick(): void {
    const decision = this.pacer.decide(this.snapshot());
    for (const id of decision.hangUp) this.hangUpRinging(Number(id));
    for (let n = 0; n < decision.originate; n += 1) this.originate();
    if (this.now + 1 < this.end) this.queue.schedule(this.now + 1, { kind: 'tick' });
  }

  private snapshot(): PacingSnapshot {
    const now = this.now;
    return {
      now,
      agentsLoggedIn: this.agents.length,
      agentsReady: this.agents.filter((agent) => agent.state === 'ready').length,
      agentsBusy: this.agents
        .filter((agent) => agent.state !== 'ready')
        .map((agent) => ({ phase: agent.state as 'call' | 'wrap', secondsInPhase: now - agent.since })),
      callsInFlight: [...this.inFlight].map((call) => ({
        id: String(call.id),
        secondsSinceOriginate: now - call.originatedAt,
        stage: call.stage as 'ringing' | 'screening',
      })),
      humansWaiting: this.waiting.length,
      trunkChannelsFree: null,
      observations: this.observations,
    };
  }

  private originate(): void {
    const drawn = drawCall(this.random, this.scenario);
    const call: SimulatedCall = {
      id: this.nextCallId++,
      originatedAt: this.now,
      stage: 'ringing',
      answeredAt: null,
      ...drawn,
    };
    this.metrics.callsPlaced += 1;
    this.inFlight.add(call);
    const kind = call.fate === 'human' || call.fate === 'machine' ? 'answer' : 'fail';
    this.queue.schedule(this.now + call.ringSeconds, { kind, call });
  }

  /**
   * The pacer dropped a call still ringing. The dialer learns nothing of its outcome (the
   * choice did not depend on it, so leaving it out biases no rate).
   */
  private hangUpRinging(id: number): void {
    for (const call of this.inFlight) {
      if (call.id !== id || call.stage !== 'ringing') continue;
      this.inFlight.delete(call);
      call.stage = 'ended';
      this.metrics.hungUpRinging += 1;
      return;
    }
  }

  private fail(call: SimulatedCall): void {
    if (call.stage === 'ended') return;
    this.inFlight.delete(call);
    call.stage = 'ended';
    if (call.fate === 'busy') this.metrics.busy += 1;
    else if (call.fate === 'reject') this.metrics.rejected += 1;
    else this.metrics.noAnswer += 1;
    this.observations.recordOutcome(call.fate, this.now - call.originatedAt);
  }

  private screened(call: SimulatedCall): void {
    this.inFlight.delete(call);
    const elapsed = this.now - call.originatedAt;
    if (call.fate === 'machine' || call.amdFalsePositive) {
      call.stage = 'ended';
      if (call.fate === 'machine') this.metrics.machines += 1;
      else {
        this.metrics.humansAnswered += 1;
        this.metrics.amdFalsePositives += 1;
      }
      return this.observations.recordOutcome('machine', elapsed);
    }
    this.metrics.humansAnswered += 1;
    this.observations.recordOutcome('human', elapsed);
    const agent = this.longestReady();
    if (agent) return this.connect(call, agent);
    call.stage = 'waiting';
    this.waiting.push(call);
    this.queue.schedule(this.now + humanPatienceSeconds, { kind: 'abandon', call });
  }

  private abandon(call: SimulatedCall): void {
    if (call.stage !== 'waiting') return;
    this.waiting.splice(this.waiting.indexOf(call), 1);
    call.stage = 'ended';
    this.metrics.abandoned += 1;
    this.observations.recordHumanResult({ abandoned: true });
  }

  private connect(call: SimulatedCall, agent: LabAgent): void {
    if (agent.hadCall) this.metrics.addIdleGap(this.now - agent.since);
    agent.state = 'call';
    agent.since = this.now;
    call.stage = 'talking';
    this.observations.recordHumanResult({ abandoned: false });
    this.queue.schedule(this.now + call.handleSeconds, { kind: 'hangup', call, agent });
  }

  private hangup(agent: LabAgent): void {
    const talk = this.now - agent.since;
    this.metrics.talkSeconds += talk;
    this.observations.recordHandle(talk);
    agent.state = 'wrap';
    agent.since = this.now;
    agent.hadCall = true;
    this.queue.schedule(this.now + this.scenario.wrapSeconds, { kind: 'wrap-end', agent });
  }

  private wrapEnd(agent: LabAgent): void {
    const wrap = this.now - agent.since;
    this.metrics.wrapSeconds += wrap;
    this.observations.recordWrap(wrap);
    agent.state = 'ready';
    agent.since = this.now;
    const next = this.waiting.shift();
    if (next) this.connect(next, agent);
  }

  /** The agent ready the longest gets the next human (ties: the lower id). */
  private longestReady(): LabAgent | undefined {
    let chosen: LabAgent | undefined;
    for (const agent of this.agents) {
      if (agent.state === 'ready' && (!chosen || agent.since < chosen.since)) chosen = agent;
    }
    return chosen;
  }

  /** Work still going on when the shift ends counts up to the end. */
  private closeBooks(): void {
    for (const agent of this.agents) {
      if (agent.state === 'call') this.metrics.talkSeconds += this.end - agent.since;
      if (agent.state === 'wrap') this.metrics.wrapSeconds += this.end - agent.since;
    }
  }
}
