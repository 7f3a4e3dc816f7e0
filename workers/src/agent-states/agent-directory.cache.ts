import { AgentProfile, type Orm } from '@switchboard/schema';

/** How long "this extension is no agent's" is believed: agents are created while the worker runs. */
const MISS_TTL_MS = 10_000;

/** SIP extension -> agent id, read from Postgres and kept: extensions rarely change owner. */
export class AgentDirectoryCache {
  private readonly agents = new Map<string, string>();
  private readonly misses = new Map<string, number>();

  constructor(
    private readonly orm: Orm,
    private readonly now: () => number = Date.now,
  ) {}

  async agentFor(extension: string): Promise<string | null> {
    const known = this.agents.get(extension);
    if (known) return known;
    const missedAt = this.misses.get(extension);
    if (missedAt !== undefined && this.now() - missedAt < MISS_TTL_MS) return null;
    const profile = await this.orm.em
      .fork()
      .findOne(AgentProfile, { sipExtension: Number(extension) }, { fields: ['id'] });
    if (!profile) {
      this.misses.set(extension, this.now());
      return null;
    }
    this.agents.set(extension, profile.id);
    return profile.id;
  }
}
