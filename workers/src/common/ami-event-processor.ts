import type { Logger } from 'pino';
import type { AmiClient, AmiEventBase } from '@switchboard/telephony';

/**
 * The shape every AMI-driven worker shares: each event is turned into items synchronously, in
 * the order Asterisk sent it, and the items are applied through one promise chain so that
 * their effects keep that order; every login (the first and each reconnect) starts a resync.
 * Subclasses say how an event becomes items, how items are applied and what a resync does.
 */
export abstract class AmiEventProcessor<Item> {
  private chain: Promise<unknown> = Promise.resolve();
  private readonly unsubscribe: (() => void)[] = [];

  protected constructor(
    protected readonly ami: AmiClient,
    protected readonly logger: Logger,
    private readonly name: string,
  ) {}

  /** Turns one event into what to apply; pure and synchronous, so order is Asterisk's. */
  protected abstract itemsOf(event: AmiEventBase): Item[];
  protected abstract applyAll(items: Item[]): Promise<void>;
  abstract resync(): Promise<void>;

  /** Starts listening; resolves after the first resync when already connected. */
  async start(): Promise<void> {
    this.unsubscribe.push(
      this.ami.onAnyEvent((event) => void this.handleEvent(event)),
      this.ami.onConnection('connected', () => void this.resync()),
    );
    if (this.ami.connected) await this.resync();
  }

  /** Stops listening and waits for the steps already queued. */
  async stop(): Promise<void> {
    for (const stop of this.unsubscribe.splice(0)) stop();
    await this.idle();
  }

  /** Resolves once every step queued so far is done. */
  idle(): Promise<void> {
    return this.chain.then(() => undefined);
  }

  /** One AMI event; public so that recorded events can be replayed through the same path. */
  handleEvent(event: AmiEventBase): Promise<void> {
    let items: Item[];
    try {
      items = this.itemsOf(event);
    } catch (error) {
      this.logger.error({ err: error, event: event.event }, `${this.name}: could not read an AMI event`);
      return this.idle();
    }
    return items.length === 0 ? this.idle() : this.enqueue(() => this.applyAll(items));
  }

  protected enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.chain.then(step).catch((error: unknown) => {
      this.logger.error({ err: error }, `${this.name} step failed`);
    });
    this.chain = next;
    return next;
  }
}
