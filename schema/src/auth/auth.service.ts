import type { EntityManager } from '@mikro-orm/postgresql';
import { defineDomainErrors, ErrorKind } from '../common/domain-error.js';
import { User } from './user.entity.js';
import { Viewer } from './viewer.js';
import { verifyPassword } from './password-hasher.js';
import type { IssuedToken, TokenService } from './token.service.js';
import type { EventBus } from '../events/event-bus.js';
import { telephonyNotifier } from '../telephony/telephony.notifier.js';
import { rotateSipSecrets } from '../users/sip-credentials.service.js';

export const AuthErrors = defineDomainErrors('AUTH', {
  INVALID_CREDENTIALS: ErrorKind.UNAUTHENTICATED,
  LOCKED: ErrorKind.UNAUTHENTICATED,
  INACTIVE: ErrorKind.UNAUTHENTICATED,
  TOKEN_REVOKED: ErrorKind.UNAUTHENTICATED,
});

/** Failed logins in a row that lock a user until an administrator unlocks it. */
export const MAX_FAILED_LOGINS = 3;

export interface LoginResult extends IssuedToken {
  user: User;
}

export class AuthService {
  /** `events`: where a lock is announced, so that workers/telephony-config drops the user's phone. */
  constructor(
    private readonly tokens: TokenService,
    private readonly events?: EventBus,
  ) {}

  async login(em: EntityManager, username: string, password: string): Promise<LoginResult> {
    const user = await em.findOne(User, { username }, { populate: ['role', 'agentProfile'] });
    if (!user) {
      throw AuthErrors.create('INVALID_CREDENTIALS', 'Invalid username or password');
    }
    if (user.lockedAt) {
      throw AuthErrors.create('LOCKED', 'User is locked after too many failed logins; ask an administrator');
    }
    if (!(await verifyPassword(password, user.passwordHash))) {
      const locked = await this.recordFailure(em, user.id);
      if (locked) await this.lockedOut(em, user.id);
      throw locked
        ? AuthErrors.create('LOCKED', 'User is locked after too many failed logins; ask an administrator')
        : AuthErrors.create('INVALID_CREDENTIALS', 'Invalid username or password');
    }
    if (!user.active) throw AuthErrors.create('INACTIVE', 'User is deactivated');
    await em.nativeUpdate(User, { id: user.id }, { failedLoginAttempts: 0, lastLoginAt: new Date() });
    const issued = await this.tokens.issue({ userId: user.id, tokenVersion: user.tokenVersion });
    return { ...issued, user };
  }

  /** Atomic, so parallel wrong guesses cannot slip past the limit. Returns whether it locked. */
  private async recordFailure(em: EntityManager, userId: string): Promise<boolean> {
    const rows = await em.getConnection().execute<Array<{ locked: boolean }>>(
      `update users
          set failed_login_attempts = failed_login_attempts + 1,
              locked_at = case when failed_login_attempts + 1 >= ? then now() else locked_at end,
              token_version = case when failed_login_attempts + 1 >= ? then token_version + 1 else token_version end
        where id = ?
      returning locked_at is not null as locked`,
      [MAX_FAILED_LOGINS, MAX_FAILED_LOGINS, userId],
    );
    return rows[0]?.locked ?? false;
  }

  /** Locking revokes the tokens (recordFailure) and the phone: a new SIP secret, and no endpoint while locked. */
  private async lockedOut(em: EntityManager, userId: string): Promise<void> {
    await rotateSipSecrets(em, userId);
    if (this.events) telephonyNotifier.configurationChanged({ events: this.events }, 'user');
  }

  /** Turns a bearer token into a Viewer, re-reading the user so locks and role changes apply at once. */
  async authenticate(em: EntityManager, token: string): Promise<Viewer> {
    const claims = await this.tokens.verify(token);
    const user = await em.findOne(User, { id: claims.userId }, { populate: ['role', 'agentProfile'] });
    if (!user || user.tokenVersion !== claims.tokenVersion) {
      throw AuthErrors.create('TOKEN_REVOKED', 'Token is no longer valid; log in again');
    }
    if (user.lockedAt) throw AuthErrors.create('LOCKED', 'User is locked');
    if (!user.active) throw AuthErrors.create('INACTIVE', 'User is deactivated');
    return new Viewer(user);
  }
}
