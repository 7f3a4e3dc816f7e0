import { CommonErrors } from '../common/domain-error.js';
import { Permission } from './permission.js';
import type { User } from './user.entity.js';

/**
 * Who is asking. Built per request (and per WebSocket connection) from a verified token;
 * every domain service takes one and decides with it.
 */
export class Viewer {
  private readonly permissions: ReadonlySet<Permission>;

  constructor(readonly user: User) {
    this.permissions = new Set(user.role.permissions);
  }

  get userId(): string {
    return this.user.id;
  }

  /** Agent users (with an agent profile) get the agent rules: their campaigns, no hidden fields. */
  get agentId(): string | null {
    return this.user.agentProfile?.id ?? null;
  }

  get isAgent(): boolean {
    return this.agentId !== null;
  }

  can(permission: Permission): boolean {
    return this.permissions.has(permission);
  }

  require(...permissions: Permission[]): void {
    const missing = permissions.filter((permission) => !this.permissions.has(permission));
    if (missing.length > 0) {
      throw CommonErrors.create('FORBIDDEN', `Missing permission ${missing.join(', ')}`, { missing });
    }
  }

  requireAny(...permissions: Permission[]): void {
    if (!permissions.some((permission) => this.permissions.has(permission))) {
      throw CommonErrors.create('FORBIDDEN', `Needs one of ${permissions.join(', ')}`, { anyOf: permissions });
    }
  }
}
