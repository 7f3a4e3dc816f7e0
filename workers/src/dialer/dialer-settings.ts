// A campaign's settings as the dialer uses them: pacing settings for the pure pacer, retry
// rules per outcome, and the per-call variables of the dialer dialplan.

import type { Campaign, DialOutcome, RetryRuleTerms } from '@switchboard/schema';
import { DIALER_VARIABLES, autoAttendArgument, campaignQueueName } from '@switchboard/telephony';
import type { WorkersConfig } from '../config.js';
import { parsePacingSettings, type PacingSettings } from './pacing/index.js';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function pacingSettingsOf(campaign: Campaign, config: WorkersConfig): PacingSettings {
  const queue = campaign.queue;
  return parsePacingSettings({
    mode: queue.pacing.toLowerCase(),
    // The campaign allows a boost below 1; the pacer's progressive mode does not go under one line per agent.
    boost: clamp(queue.initialBoostFactor, 1, 10),
    dialRatio: clamp(queue.dialRatio, 1, 20),
    targetAbandonRate: clamp(queue.maxAbandonRatePercent / 100, 0.001, 0.5),
    maxChannels: queue.maxChannels,
    maxLinesPerAgent: config.DIALER_MAX_LINES_PER_AGENT,
    maxOriginatesPerSecond: config.DIALER_MAX_ORIGINATES_PER_SECOND,
    surplusHangupAfterSeconds: queue.surplusHangupAfterSeconds,
  });
}

/** The campaign's outcome rules (a rule with a disposition option is not an outcome rule). */
export function outcomeRules(campaign: Campaign): (outcome: DialOutcome) => RetryRuleTerms | null {
  const rules = new Map<string, RetryRuleTerms>();
  for (const rule of campaign.retryRules.getItems()) {
    if (rule.outcome)
      rules.set(rule.outcome, { retryAfterSeconds: rule.retryAfterSeconds, maxAttempts: rule.maxAttempts });
  }
  return (outcome) => rules.get(outcome) ?? null;
}

/** Sound names become Playback() arguments: plain names only (as the queue configuration does). */
const soundName = (value: string | null) => (value ?? '').replace(/[^A-Za-z0-9_/-]/g, '');

/** Originate variables for the answered side (dialer dialplan), not inherited by other channels. */
export function dialerCallVariables(campaign: Campaign): Record<string, string> {
  return {
    [DIALER_VARIABLES.queue]: campaignQueueName(campaign.id),
    [DIALER_VARIABLES.amd]: campaign.queue.amdEnabled ? '1' : '0',
    [DIALER_VARIABLES.machineAudio]: soundName(campaign.queue.machineAudio),
    [DIALER_VARIABLES.safeHarbourAudio]: soundName(campaign.queue.safeHarbourAudio),
    [DIALER_VARIABLES.autoAttend]: autoAttendArgument(campaign.queue.autoAttend),
  };
}
