import { AgentActivityType } from '../../logs/agent-activity.entity.js';
import type { AgentActivityRecord } from '../../logs/agent-activity.service.js';
import { AgentState, type AgentLiveStateData } from './agent-state.js';

/**
 * The agent-activity rows a state change means: LOGIN / LOGOUT when the session starts or ends,
 * PAUSE / UNPAUSE when the held pause changes. Derived from the states so the log can never
 * disagree with what supervisors saw.
 */
export function activitiesBetween(
  before: AgentLiveStateData,
  after: AgentLiveStateData,
  at: Date,
): AgentActivityRecord[] {
  const rows: AgentActivityRecord[] = [];
  const agentId = after.agentId;
  const wasIn = before.state !== AgentState.OFFLINE;
  const isIn = after.state !== AgentState.OFFLINE;
  if (!wasIn && isIn) rows.push({ agentId, type: AgentActivityType.LOGIN, occurredAt: at });
  if (before.pauseId !== after.pauseId) {
    if (before.pauseId)
      rows.push({ agentId, type: AgentActivityType.UNPAUSE, occurredAt: at, pauseId: before.pauseId });
    if (after.pauseId) rows.push({ agentId, type: AgentActivityType.PAUSE, occurredAt: at, pauseId: after.pauseId });
  }
  if (wasIn && !isIn) rows.push({ agentId, type: AgentActivityType.LOGOUT, occurredAt: at });
  return rows;
}
