import type { EntityManager } from '@mikro-orm/postgresql';
import { defineDomainErrors, ErrorKind } from '../common/domain-error.js';
import type { DomainContext } from '../common/domain-context.js';
import type { EventBus } from '../events/event-bus.js';
import { clearLockout, setPassword, unlockAccount, unlockUser } from '../users/user.service.js';
import { User } from './user.entity.js';
import { Viewer } from './viewer.js';
import { scryptPasswordHasher, type PasswordHasher } from './password-hasher.js';
import type { LoginThrottle } from './login-throttle.js';
import type { IssuedToken, TokenService } from './token.service.js';
import { announceRevokedCredentials, rotateSipSecrets } from '../users/sip-credentials.service.js';

export const AuthErrors = defineDomainErrors('AUTH', {
  INVALID_CREDENTIALS: ErrorKind.UNAUTHENTICATED,
  LOCKED: ErrorKind.UNAUTHENTICATED,
  INACTIVE: ErrorKind.UNAUTHENTICATED,
  TOKEN_REVOKED: ErrorKind.UNAUTHENTICATED,
  UNKNOWN_USER: ErrorKind.NOT_FOUND,
});

/** Failed logins in a row that lock a user until an administrator unlocks it. */
export const MAX_FAILED_LOGINS = 3;

export interface LoginResult extends IssuedToken {
  user: User;
}

/** A verified token: who it is, and until when the token holds. */
export interface Session {
  viewer: Viewer;
  expiresAt: Date;
}

export interface AuthDependencies {
  tokens: TokenService;
  throttle: LoginThrottle;
  events: EventBus;
  hasher?: PasswordHasher;
}

const LOCKED_MESSAGE = 'User is locked after too many failed logins; ask an administrator';

export class AuthService {
  private readonly hasher: PasswordHasher;

  constructor(private readonly dependencies: AuthDependencies) {
    this.hasher = dependencies.hasher ?? scryptPasswordHasher;
  }

  /**
   * Throttling is decided before anything costly: a refused attempt reads no user and runs no
   * scrypt. `clientAddress` is the caller's address (null when unknown: only the account counts).
   */
  async login(
    em: EntityManager,
    username: string,
    password: string,
    clientAddress: string | null,
  ): Promise<LoginResult> {
    const { throttle } = this.dependencies;
    await throttle.admitAddress(clientAddress);
    const user = await em.findOne(User, { username }, { populate: ['role', 'agentProfile'] });
    // A locked user answers LOCKED (no scrypt either) rather than a throttle: it says what to do.
    if (user?.lockedAt) throw AuthErrors.create('LOCKED', LOCKED_MESSAGE);
    await throttle.admitAccount(username);
    if (!user) throw AuthErrors.create('INVALID_CREDENTIALS', 'Invalid username or password');
    if (!(await this.hasher.verify(password, user.passwordHash))) {
      const locked = await this.recordFailure(em, user.id);
      if (locked) await this.lockedOut(em, user.id);
      throw locked
        ? AuthErrors.create('LOCKED', LOCKED_MESSAGE)
        : AuthErrors.create('INVALID_CREDENTIALS', 'Invalid username or password');
    }
    if (!user.active) throw AuthErrors.create('INACTIVE', 'User is deactivated');
    await throttle.succeeded(username, clientAddress);
    await em.nativeUpdate(User, { id: user.id }, { failedLoginAttempts: 0, lastLoginAt: new Date() });
    const issued = await this.dependencies.tokens.issue({ userId: user.id, tokenVersion: user.tokenVersion });
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
    announceRevokedCredentials(this.dependencies.events, userId);
  }

  /** Turns a bearer token into a Viewer, re-reading the user so locks and role changes apply at once. */
  async authenticate(em: EntityManager, token: string): Promise<Viewer> {
    return (await this.session(em, token)).viewer;
  }

  /** As authenticate, with the token's expiry: a WebSocket is closed when it passes. */
  async session(em: EntityManager, token: string): Promise<Session> {
    const claims = await this.dependencies.tokens.verify(token);
    const user = await em.findOne(User, { id: claims.userId }, { populate: ['role', 'agentProfile'] });
    if (!user || user.tokenVersion !== claims.tokenVersion) {
      throw AuthErrors.create('TOKEN_REVOKED', 'Token is no longer valid; log in again');
    }
    if (user.lockedAt) throw AuthErrors.create('LOCKED', 'User is locked');
    if (!user.active) throw AuthErrors.create('INACTIVE', 'User is deactivated');
    return { viewer: new Viewer(user), expiresAt: claims.expiresAt };
  }

  /** An administrator clears a lockout (unlockUser): the account's login throttle goes with it. */
  async unlock(context: DomainContext, id: string): Promise<User> {
    const user = await unlockUser(context, id);
    await this.dependencies.throttle.forgetAccount(user.username);
    return user;
  }
}

/**
 * What an operator with access to the host does when no administrator can log in (the command
 * line in api/src/cli): no Viewer, the same rules otherwise. Needs no token secret.
 */
export class AccountRecovery {
  constructor(private readonly dependencies: Pick<AuthDependencies, 'throttle' | 'events'>) {}

  async unlock(em: EntityManager, username: string): Promise<User> {
    const user = await this.find(em, username);
    await unlockAccount(em, this.dependencies.events, user);
    await this.dependencies.throttle.forgetAccount(user.username);
    return user;
  }

  /** Sets a new password (policy applies), clears the lockout and revokes the user's tokens. */
  async resetPassword(em: EntityManager, username: string, password: string): Promise<User> {
    const user = await this.find(em, username);
    await setPassword(em, user, password);
    clearLockout(user);
    await em.flush();
    await this.dependencies.throttle.forgetAccount(user.username);
    announceRevokedCredentials(this.dependencies.events, user.id);
    return user;
  }

  private async find(em: EntityManager, username: string): Promise<User> {
    const user = await em.findOne(User, { username }, { populate: ['role'] });
    if (!user) throw AuthErrors.create('UNKNOWN_USER', `No user is called ${username}`, { username });
    return user;
  }
}
