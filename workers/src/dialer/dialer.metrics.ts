import { Counter, Gauge, type Registry } from 'prom-client';
import type { PacingDecision } from './pacing/index.js';

/**
 * The dialer's Prometheus metrics (docs/metrics-workers.md). Labelled by campaign id: a
 * deployment has tens of dialer campaigns, not thousands, so the series stay few.
 */
export class DialerMetrics {
  private readonly callsPlaced: Counter<'campaign' | 'mode'>;
  private readonly decisions: Counter<'campaign' | 'mode' | 'limited_by'>;
  private readonly originatesDecided: Counter<'campaign' | 'mode'>;
  private readonly surplusHangups: Counter<'campaign'>;
  private readonly dialLevel: Gauge<'campaign'>;
  private readonly forecastFreeAgents: Gauge<'campaign'>;
  private readonly callsInFlight: Gauge<'campaign'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.callsPlaced = new Counter({
      name: 'switchboard_dialer_calls_placed_total',
      help: 'Originates Asterisk accepted, by campaign and pacing mode.',
      labelNames: ['campaign', 'mode'],
      registers,
    });
    this.decisions = new Counter({
      name: 'switchboard_dialer_decisions_total',
      help: 'Pacing decisions taken, by campaign, mode and the cap that cut them (none: uncut).',
      labelNames: ['campaign', 'mode', 'limited_by'],
      registers,
    });
    this.originatesDecided = new Counter({
      name: 'switchboard_dialer_originates_decided_total',
      help: 'Calls the pacing decisions asked for, after the caps (placed ones are fewer when contacts run out).',
      labelNames: ['campaign', 'mode'],
      registers,
    });
    this.surplusHangups = new Counter({
      name: 'switchboard_dialer_surplus_hangups_total',
      help: 'Ringing calls hung up as surplus (more humans coming than agents).',
      labelNames: ['campaign'],
      registers,
    });
    this.dialLevel = new Gauge({
      name: 'switchboard_dialer_dial_level',
      help: 'Lines per ready agent of the latest decision (boost, dial ratio or adaptive level).',
      labelNames: ['campaign'],
      registers,
    });
    this.forecastFreeAgents = new Gauge({
      name: 'switchboard_dialer_forecast_free_agents',
      help: "Predictive: agents the latest forecast expects free when new calls' humans arrive.",
      labelNames: ['campaign'],
      registers,
    });
    this.callsInFlight = new Gauge({
      name: 'switchboard_dialer_calls_in_flight',
      help: 'Calls ringing or in AMD at the latest decision.',
      labelNames: ['campaign'],
      registers,
    });
  }

  decided(campaign: string, mode: string, decision: PacingDecision, callsInFlight: number): void {
    this.decisions.inc({ campaign, mode, limited_by: decision.limitedBy });
    if (decision.originate > 0) this.originatesDecided.inc({ campaign, mode }, decision.originate);
    this.callsInFlight.set({ campaign }, callsInFlight);
    if (decision.dialLevel !== undefined && decision.dialLevel !== null)
      this.dialLevel.set({ campaign }, decision.dialLevel);
    if (decision.forecastFreeAgents !== undefined && decision.forecastFreeAgents !== null)
      this.forecastFreeAgents.set({ campaign }, decision.forecastFreeAgents);
  }

  placed(campaign: string, mode: string): void {
    this.callsPlaced.inc({ campaign, mode });
  }

  surplusHungUp(campaign: string): void {
    this.surplusHangups.inc({ campaign });
  }

  /** The campaign is no longer dialed here: its gauges would otherwise show the last values forever. */
  forget(campaign: string): void {
    for (const gauge of [this.dialLevel, this.forecastFreeAgents, this.callsInFlight]) gauge.remove({ campaign });
  }
}
