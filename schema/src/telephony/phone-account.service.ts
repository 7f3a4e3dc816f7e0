import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../auth/permission.js';
import type { User } from '../auth/user.entity.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';
import { CommonErrors } from '../common/domain-error.js';
import { PhoneAccount } from './phone-account.entity.js';

const FIRST_EXTENSION = 1000;

/**
 * Any number, held for the transaction: agents' and supervisors' extensions live in two
 * tables, so no unique index spans them; numbering under this lock keeps them apart.
 */
const EXTENSION_LOCK = 0x5e_7e_51;

/** A SIP password: 24 URL-safe characters, nothing Asterisk's config would need to quote. */
export const newSipSecret = () => randomBytes(18).toString('base64url');

/**
 * The next extension after every agent's and supervisor's. Takes a transaction-scoped lock so
 * two users created at once do not get the same number (callers run inside a transaction;
 * outside one the lock is released at once, and the unique indexes still catch a clash).
 */
export async function nextFreeExtension(em: EntityManager): Promise<number> {
  // em.execute, not em.getConnection().execute: only the former runs in the em's transaction.
  await em.execute('select pg_advisory_xact_lock(?)', [EXTENSION_LOCK]);
  const [row] = await em.execute<Array<{ next: number }>>(
    `select greatest(
       (select coalesce(max(sip_extension) + 1, ?) from agent_profiles),
       (select coalesce(max(sip_extension) + 1, ?) from phone_accounts)) as next`,
    [FIRST_EXTENSION, FIRST_EXTENSION],
  );
  return Math.max(Number(row?.next ?? FIRST_EXTENSION), FIRST_EXTENSION);
}

/** Refuses an extension some other user's phone already has (agents may choose theirs). */
export async function assertExtensionFree(em: EntityManager, extension: number, user: User): Promise<void> {
  const [agents, supervisors] = await Promise.all([
    em.count(AgentProfile, { sipExtension: extension, user: { $ne: user.id } }),
    em.count(PhoneAccount, { sipExtension: extension, user: { $ne: user.id } }),
  ]);
  if (agents + supervisors > 0) {
    throw CommonErrors.create('CONFLICT', `Extension ${extension} is taken`, { field: 'agent.sipExtension' });
  }
}

/** Supervisors are users who supervise without being agents: their phone is not an agent's. */
export function needsSupervisorPhone(user: User): boolean {
  return user.role.permissions.includes(Permission.SUPERVISION) && !user.agentProfile;
}

/**
 * Gives the user a supervisor phone when its role calls for one and removes it when not; call
 * after a user is created or its role or agent profile changes. The extension is kept for as
 * long as the user stays a supervisor, so its webphone keeps working.
 */
export async function syncSupervisorPhone(em: EntityManager, user: User): Promise<void> {
  const existing = await em.findOne(PhoneAccount, { user: user.id });
  if (needsSupervisorPhone(user)) {
    if (existing) return;
    em.persist(
      em.create(PhoneAccount, {
        user,
        sipExtension: await nextFreeExtension(em),
        sipSecret: newSipSecret(),
      } as PhoneAccount),
    );
  } else if (existing) {
    em.remove(existing);
  }
}
