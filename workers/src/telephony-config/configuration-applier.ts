import type { Logger } from 'pino';
import type { Orm } from '@switchboard/schema';
import { applyTelephonyConfiguration, type AmiClient, type TelephonyConfig } from '@switchboard/telephony';

export interface ConfigurationApplierOptions {
  orm: Orm;
  telephony: TelephonyConfig;
  logger: Logger;
  debounceMs: number;
  retryMs: number;
}

/**
 * Applies the generated configuration through the AMI client it is given while leading, one
 * apply at a time; `schedule` waits for a quiet `debounceMs` first, so a burst is one reload.
 */
export class ConfigurationApplier {
  private ami: AmiClient | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  /** Applies that changed files (tests wait on it instead of applying by hand). */
  appliedCount = 0;

  constructor(private readonly options: ConfigurationApplierOptions) {}

  /** The AMI client to apply through; undefined stops applying (no longer leading). */
  async use(ami: AmiClient | undefined): Promise<void> {
    clearTimeout(this.timer);
    this.ami = ami;
    await this.running;
  }

  schedule(reason: string, delayMs = this.options.debounceMs): void {
    if (!this.ami) return;
    // Restarted on every event: the apply runs once the burst has been quiet for delayMs.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.apply(reason), delayMs);
  }

  apply(reason: string): Promise<void> {
    clearTimeout(this.timer);
    const ami = this.ami;
    if (!ami) return this.running;
    const { orm, telephony, logger } = this.options;
    this.running = this.running.then(async () => {
      if (this.ami !== ami) return;
      try {
        const result = await applyTelephonyConfiguration(orm, ami, telephony, logger);
        if (result.changedFiles.length > 0) this.appliedCount += 1;
        logger.debug({ reason, changedFiles: result.changedFiles }, 'telephony configuration checked');
      } catch (error) {
        // Files whose reload failed are remembered by apply and reloaded the next time.
        logger.error({ err: error, reason }, 'applying the telephony configuration failed; retrying');
        this.schedule('retry', this.options.retryMs);
      }
    });
    return this.running;
  }
}
