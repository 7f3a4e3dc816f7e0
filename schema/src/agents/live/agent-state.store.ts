import type { Redis } from 'ioredis';
import { AgentState, type AgentLiveStateData } from './agent-state.js';

/**
 * Compare-and-set of one agent's state, with the indexes kept in the same step: the set of
 * logged-in agents and the schedule of auto-unpauses. Lua, not WATCH/MULTI, because the
 * connection is shared by concurrent commands and WATCH is per connection.
 */
const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
local version = -1
if current then version = tonumber(cjson.decode(current)['version']) end
if version ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
if ARGV[3] == '1' then redis.call('SADD', KEYS[2], ARGV[4]) else redis.call('SREM', KEYS[2], ARGV[4]) end
if ARGV[5] == '' then redis.call('ZREM', KEYS[3], ARGV[4]) else redis.call('ZADD', KEYS[3], ARGV[5], ARGV[4]) end
return 1
`;

const MAX_ATTEMPTS = 20;

export interface StoredState {
  state: AgentLiveStateData;
  /** The stored version, or -1 when Redis holds nothing for the agent. */
  storedVersion: number;
}

/** Agents' live states in Redis. Losing them loses nothing durable: see AgentStateRebuilder. */
export class AgentStateStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(agentId: string) {
    return `${this.prefix}agent-state:${agentId}`;
  }
  private get loggedInKey() {
    return `${this.prefix}agent-states:logged-in`;
  }
  private get autoUnpauseKey() {
    return `${this.prefix}agent-states:auto-unpause`;
  }

  async get(agentId: string): Promise<AgentLiveStateData | null> {
    const raw = await this.redis.get(this.key(agentId));
    return raw ? (JSON.parse(raw) as AgentLiveStateData) : null;
  }

  async getMany(agentIds: readonly string[]): Promise<Map<string, AgentLiveStateData>> {
    if (agentIds.length === 0) return new Map();
    const raws = await this.redis.mget(...agentIds.map((id) => this.key(id)));
    const states = new Map<string, AgentLiveStateData>();
    raws.forEach((raw, index) => {
      if (raw) states.set(agentIds[index]!, JSON.parse(raw) as AgentLiveStateData);
    });
    return states;
  }

  async loggedInAgentIds(): Promise<string[]> {
    return this.redis.smembers(this.loggedInKey);
  }

  /** Agents whose ACW ends at or before `at`. */
  async dueAutoUnpauses(at: Date): Promise<string[]> {
    return this.redis.zrangebyscore(this.autoUnpauseKey, 0, at.getTime());
  }

  /**
   * Applies `change` to the agent's state atomically: re-reads and retries when another
   * process changed it meanwhile. `change` returning the same object means "no change".
   * Returns [before, after], or null when nothing changed.
   */
  async update(
    agentId: string,
    initial: () => AgentLiveStateData,
    change: (current: AgentLiveStateData) => AgentLiveStateData,
  ): Promise<[AgentLiveStateData, AgentLiveStateData] | null> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const stored = await this.get(agentId);
      const current = stored ?? initial();
      const next = change(current);
      if (next === current) return null;
      const saved = await this.redis.eval(
        COMPARE_AND_SET,
        3,
        this.key(agentId),
        this.loggedInKey,
        this.autoUnpauseKey,
        String(stored ? stored.version : -1),
        JSON.stringify(next),
        next.state === AgentState.OFFLINE ? '0' : '1',
        agentId,
        unpauseScore(next),
      );
      if (saved === 1) return [current, next];
    }
    throw new Error(`agent ${agentId}: state kept changing under ${MAX_ATTEMPTS} attempts`);
  }
}

/** Scheduled only while the agent can actually be released; the sweep re-checks anyway. */
function unpauseScore(state: AgentLiveStateData): string {
  if (!state.autoUnpauseAt || state.dispositionPending || state.state === AgentState.OFFLINE) return '';
  return String(Date.parse(state.autoUnpauseAt));
}
