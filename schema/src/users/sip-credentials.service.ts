import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../auth/permission.js';
import { User } from '../auth/user.entity.js';
import type { DomainContext } from '../common/domain-context.js';
import { notFound } from '../common/domain-error.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';
import { PhoneAccount } from '../telephony/phone-account.entity.js';
import { newSipSecret } from '../telephony/phone-account.service.js';
import { telephonyNotifier } from '../telephony/telephony.notifier.js';
import type { EventBus } from '../events/event-bus.js';
import { accessNotifier } from '../auth/access.notifier.js';
import { assertCanManageUser } from './user-permissions.js';
import { isUuid } from '../common/uuid.js';

/**
 * New SIP secrets for the user's phone (an agent's profile, a supervisor's phone account). The
 * old secret keeps registering only until workers/telephony-config applies the configuration
 * again, which the caller triggers (telephonyNotifier) once this is committed.
 */
export async function rotateSipSecrets(em: EntityManager, userId: string): Promise<void> {
  await em.nativeUpdate(AgentProfile, { user: userId }, { sipSecret: newSipSecret() });
  await em.nativeUpdate(PhoneAccount, { user: userId }, { sipSecret: newSipSecret() });
}

/**
 * Everything that proves to be the user stops working: its tokens (tokenVersion) and its phone's
 * SIP secret. Wherever tokens are revoked (password or role change, lock, deactivation) a SIP
 * secret the old holder may have copied is revoked too.
 */
export async function revokeUserCredentials(em: EntityManager, user: User): Promise<void> {
  user.tokenVersion += 1;
  await rotateSipSecrets(em, user.id);
}

/**
 * After revokeUserCredentials (or a lock) is committed: api processes close the sockets the old
 * tokens hold, and workers/telephony-config applies the new SIP secret.
 */
export function announceRevokedCredentials(events: EventBus, userId: string): void {
  accessNotifier.userChanged(events, userId);
  telephonyNotifier.configurationChanged({ events }, 'user');
}

/**
 * `rotateSipCredentials(userId)`: a user for its own phone, or whoever may manage that user
 * (USERS_MANAGE and assertCanManageUser's reach). The phone must register again with the
 * secret mySipCredentials now hands.
 */
export async function rotateSipCredentials(context: DomainContext, userId: string): Promise<boolean> {
  const { em, viewer } = context;
  if (userId !== viewer.userId) {
    viewer.require(Permission.USERS_MANAGE);
    const user = isUuid(userId) ? await em.findOne(User, { id: userId }, { populate: ['role', 'agentProfile'] }) : null;
    if (!user) throw notFound('User', userId);
    await assertCanManageUser(em, viewer, user);
  }
  await em.transactional((tx) => rotateSipSecrets(tx, userId));
  telephonyNotifier.configurationChanged(context, 'sip-credentials');
  return true;
}
