import type { EventBus } from '../../events/event-bus.js';
import type { AgentLiveStateData } from './agent-state.js';

/** The only code that publishes agent live-state events. */
export const agentStateNotifier = {
  changed(events: EventBus, before: AgentLiveStateData, after: AgentLiveStateData): void {
    events.publish('agent.state_changed', { from: before.state, state: after });
  },
};
