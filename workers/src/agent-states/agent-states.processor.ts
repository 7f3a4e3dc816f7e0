import type { Logger } from 'pino';
import { AgentState, type AgentSessionService, type AgentStateStore, type Orm } from '@switchboard/schema';
import { coreShowChannels, type AmiClient, type AmiEventBase } from '@switchboard/telephony';
import { AmiEventProcessor } from '../common/ami-event-processor.js';
import { AgentChannelTracker, type AgentCallSignal } from './agent-channel-tracker.js';
import type { AgentDirectoryCache } from './agent-directory.cache.js';
import type { AgentQueueReconciler } from './agent-queue.reconciler.js';

export interface AgentStatesProcessorOptions {
  ami: AmiClient;
  orm: Orm;
  sessions: AgentSessionService;
  store: AgentStateStore;
  directory: AgentDirectoryCache;
  reconciler: AgentQueueReconciler;
  phoneRegistered(phone: { sipExtension: number }): Promise<boolean>;
  logger: Logger;
}

/**
 * AMI events -> agent live state. The tracker turns events into signals synchronously, in
 * Asterisk's order; the signals are applied through one promise chain so that an agent's
 * "ended" never overtakes its "connected". On every (re)connect it lists Asterisk's channels
 * and repairs what changed unseen (AgentQueueReconciler does queues and lost sessions).
 */
export class AgentStatesProcessor extends AmiEventProcessor<AgentCallSignal> {
  private readonly tracker = new AgentChannelTracker();

  constructor(private readonly options: AgentStatesProcessorOptions) {
    super(options.ami, options.logger, 'agent-states');
  }

  protected itemsOf(event: AmiEventBase): AgentCallSignal[] {
    return this.tracker.handle(event);
  }

  protected async applyAll(signals: AgentCallSignal[]): Promise<void> {
    for (const signal of signals) await this.apply(signal);
  }

  /** Repairs agents' states after a (re)connect: calls that ended or began unseen, phones, queues. */
  override resync(): Promise<void> {
    const listing = coreShowChannels(this.options.ami);
    listing.catch(() => undefined);
    return this.enqueue(async () => {
      this.tracker.resync(await listing);
      await this.options.reconciler.restoreLostSessions();
      const live = this.tracker.liveExtensions();
      const em = this.options.orm.em.fork();
      for (const agentId of await this.options.store.loggedInAgentIds()) {
        const state = await this.options.store.get(agentId);
        if (!state) continue;
        const extension = String(state.sipExtension);
        const onPhone = live.get(extension);
        if (!onPhone && [AgentState.RINGING, AgentState.DIALING, AgentState.ON_CALL].includes(state.state)) {
          await this.options.sessions.callEnded(em, agentId, state.state === AgentState.ON_CALL);
        } else if (onPhone?.connected && state.state !== AgentState.ON_CALL) {
          await this.options.sessions.callConnected(em, agentId, onPhone.call);
        }
        const registered = await this.options.phoneRegistered({ sipExtension: state.sipExtension });
        await this.options.sessions.phoneRegistration(em, agentId, registered);
      }
      await this.options.reconciler.reconcileQueues();
      this.options.logger.info({ agentsOnPhone: live.size }, 'agent states resynced with Asterisk');
    });
  }

  /** Queues against campaigns again (a campaign started or stopped, assignments changed). */
  reconcileQueues(): Promise<void> {
    return this.enqueue(() => this.options.reconciler.reconcileQueues());
  }

  private async apply(signal: AgentCallSignal): Promise<void> {
    const agentId = await this.options.directory.agentFor(signal.extension);
    if (!agentId) return;
    const em = this.options.orm.em.fork();
    const { sessions } = this.options;
    switch (signal.kind) {
      case 'ringing':
        await sessions.callStarted(em, agentId, AgentState.RINGING, signal.call);
        break;
      case 'dialing':
        await sessions.callStarted(em, agentId, AgentState.DIALING, signal.call);
        break;
      case 'connected':
        await sessions.callConnected(em, agentId, signal.call);
        break;
      case 'ended':
        await sessions.callEnded(em, agentId, signal.connected);
        break;
      case 'registration':
        await sessions.phoneRegistration(
          em,
          agentId,
          await this.options.phoneRegistered({ sipExtension: Number(signal.extension) }),
        );
        break;
    }
  }
}
