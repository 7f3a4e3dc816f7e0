import type { Redis } from 'ioredis';
import type { SpySessionData } from './spy.types.js';

/** A forgotten session (a process died between calls) must not block its supervisor forever. */
const SESSION_TTL_SECONDS = 12 * 3600;

/** Replaces or deletes the key only while it still holds the same session (ARGV[1] = sessionId). */
const IF_SAME_SESSION = `
local current = redis.call('GET', KEYS[1])
if not current then return 0 end
if cjson.decode(current)['sessionId'] ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) end
return 1
`;

/**
 * Running spy sessions in Redis, one per supervisor (a supervisor has one phone, so one spy
 * call at a time). Every api process reads the same store: stop and mode change find the
 * supervisor's channel whichever process started it.
 */
export class SpySessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(supervisorUserId: string) {
    return `${this.prefix}spy-session:${supervisorUserId}`;
  }

  async get(supervisorUserId: string): Promise<SpySessionData | null> {
    const stored = await this.redis.get(this.key(supervisorUserId));
    return stored ? (JSON.parse(stored) as SpySessionData) : null;
  }

  /** Stores a new session unless the supervisor has one; returns whether it was stored. */
  async claim(session: SpySessionData): Promise<boolean> {
    const stored = await this.redis.set(
      this.key(session.supervisorUserId),
      JSON.stringify(session),
      'EX',
      SESSION_TTL_SECONDS,
      'NX',
    );
    return stored === 'OK';
  }

  /** Replaces the session if it is still the stored one. */
  async replace(session: SpySessionData): Promise<boolean> {
    const done = await this.redis.eval(
      IF_SAME_SESSION,
      1,
      this.key(session.supervisorUserId),
      session.sessionId,
      JSON.stringify(session),
      String(SESSION_TTL_SECONDS),
    );
    return done === 1;
  }

  /** Deletes the session if it is still the stored one; returns whether this call deleted it. */
  async release(session: Pick<SpySessionData, 'supervisorUserId' | 'sessionId'>): Promise<boolean> {
    const done = await this.redis.eval(
      IF_SAME_SESSION,
      1,
      this.key(session.supervisorUserId),
      session.sessionId,
      '',
      '0',
    );
    return done === 1;
  }
}
