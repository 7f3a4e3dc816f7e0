import type { EntityManager } from '@mikro-orm/postgresql';
import { notifyingScopeChanges } from '../supervision/supervision-scope.notifier.js';
import type { FilterQuery } from '@mikro-orm/core';
import { CrudService, requireReference } from '../common/crud.service.js';
import { CommonErrors, invalidInput } from '../common/domain-error.js';
import { containsPattern } from '../common/filters.js';
import type { DomainContext } from '../common/domain-context.js';
import { Permission } from '../auth/permission.js';
import { Role } from '../auth/role.entity.js';
import { User } from '../auth/user.entity.js';
import { assertPasswordAcceptable } from '../auth/password-policy.js';
import { hashPassword, verifyPassword } from '../auth/password-hasher.js';
import { AgentGroup } from '../agents/agent-group.entity.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';
import {
  assertExtensionFree,
  newSipSecret,
  nextFreeExtension,
  syncSupervisorPhone,
} from '../telephony/phone-account.service.js';
import { assertCanAssignRole, assertCanManageUser } from './user-permissions.js';
import type { AgentProfileInput, CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs.js';
import { notifyingTelephonyChanges, telephonyNotifier } from '../telephony/telephony.notifier.js';
import { notifyingAccessChanges } from '../auth/access.notifier.js';
import type { EventBus } from '../events/event-bus.js';
import { announceRevokedCredentials, revokeUserCredentials } from './sip-credentials.service.js';

function isAgentRole(role: Role): boolean {
  return role.permissions.includes(Permission.AGENT_CONSOLE);
}

async function applyAgentProfile(em: EntityManager, user: User, input: AgentProfileInput): Promise<void> {
  const group = await requireReference(em, AgentGroup, input.groupId, 'agent.groupId');
  const profile = user.agentProfile ?? new AgentProfile();
  profile.user = user;
  profile.group = group;
  if (input.sipExtension !== undefined && input.sipExtension !== null) {
    await assertExtensionFree(em, input.sipExtension, user);
    profile.sipExtension = input.sipExtension;
  }
  if (input.phoneType) profile.phoneType = input.phoneType;
  profile.sipExtension ??= await nextFreeExtension(em);
  profile.sipSecret ??= newSipSecret();
  user.agentProfile = profile;
  em.persist(profile);
}

function personalInformation(user: Pick<User, 'username' | 'firstName' | 'lastName' | 'email'>) {
  return [user.username, user.firstName, user.lastName, user.email];
}

export const userService = new CrudService<User, CreateUserInput, UpdateUserInput, UserFilter>({
  entity: User,
  label: 'User',
  read: Permission.USERS_READ,
  manage: Permission.USERS_MANAGE,
  populate: ['role', 'agentProfile', 'agentProfile.group'],
  where: (filter) => {
    const where: FilterQuery<User>[] = [];
    if (filter.search) {
      const pattern = containsPattern(filter.search);
      where.push({
        $or: [{ username: { $ilike: pattern } }, { firstName: { $ilike: pattern } }, { lastName: { $ilike: pattern } }],
      });
    }
    if (filter.roleId) where.push({ role: filter.roleId });
    if (filter.isAgent === true) where.push({ agentProfile: { $ne: null } });
    if (filter.isAgent === false) where.push({ agentProfile: null });
    if (filter.agentGroupId) where.push({ agentProfile: { group: filter.agentGroupId } });
    if (filter.locked === true) where.push({ lockedAt: { $ne: null } });
    if (filter.locked === false) where.push({ lockedAt: null });
    return { $and: where };
  },
  create: async ({ em, viewer }, input) => {
    const role = await requireReference(em, Role, input.roleId, 'roleId');
    assertCanAssignRole(viewer, role);
    const user = new User();
    user.username = input.username;
    user.firstName = input.firstName ?? '';
    user.lastName = input.lastName ?? '';
    user.email = input.email ?? null;
    user.role = role;
    user.createdBy = em.getReference(User, viewer.userId);
    await setPassword(em, user, input.password);
    if (isAgentRole(role)) {
      if (!input.agent) throw invalidInput('agent', 'an agent role needs agent.groupId');
      await applyAgentProfile(em, user, input.agent);
    } else if (input.agent) {
      throw invalidInput('agent', `role ${role.name} is not an agent role`);
    }
    await syncSupervisorPhone(em, user);
    return user;
  },
  update: async ({ em, viewer }, user, input) => {
    await assertCanManageUser(em, viewer, user);
    if (input.firstName !== undefined) user.firstName = input.firstName;
    if (input.lastName !== undefined) user.lastName = input.lastName;
    if (input.email !== undefined) user.email = input.email;
    if (input.active !== undefined && input.active !== null) {
      if (!input.active && user.id === viewer.userId) throw invalidInput('active', 'you cannot deactivate yourself');
      user.active = input.active;
      if (!input.active) await revokeUserCredentials(em, user);
    }
    if (input.roleId) {
      const role = await requireReference(em, Role, input.roleId, 'roleId');
      assertCanAssignRole(viewer, role);
      user.role = role;
      await revokeUserCredentials(em, user);
    }
    if (input.password) await setPassword(em, user, input.password);
    if (input.agent) await applyAgentProfile(em, user, input.agent);
    if (isAgentRole(user.role) && !user.agentProfile) {
      throw invalidInput('agent', 'an agent role needs agent.groupId');
    }
    if (!isAgentRole(user.role) && user.agentProfile) {
      em.remove(user.agentProfile);
      user.agentProfile = null;
    }
    await syncSupervisorPhone(em, user);
  },
  beforeDelete: async ({ em, viewer }, user) => {
    if (user.id === viewer.userId) throw CommonErrors.create('CONFLICT', 'You cannot delete yourself');
    await assertCanManageUser(em, viewer, user);
  },
});
// Asterisk's configuration is generated from these rows: workers/telephony-config re-applies it.
notifyingTelephonyChanges(userService, 'user');
// Deactivation, password and role changes revoke tokens: api processes close the sockets holding them.
notifyingAccessChanges(userService, 'user');
// A new agent joins the live scopes of those who watch its group.
notifyingScopeChanges(userService);

/**
 * The one way a password is set: the policy applies, and tokens issued before stop working
 * (tokenVersion), with the phone's SIP secret. Used by createUser, updateUser, changePassword
 * and the operators' command line.
 */
export async function setPassword(em: EntityManager, user: User, password: string): Promise<void> {
  assertPasswordAcceptable(password, personalInformation(user));
  user.passwordHash = await hashPassword(password);
  await revokeUserCredentials(em, user);
}

/** Clears a lockout after too many failed logins (the throttle is cleared by AuthService.unlock). */
export function clearLockout(user: User): void {
  user.lockedAt = null;
  user.failedLoginAttempts = 0;
}

/**
 * Clears the lockout and commits it. A locked user has no phone in Asterisk's configuration: it
 * comes back (with the secret rotated at the lock) once workers/telephony-config applies again.
 */
export async function unlockAccount(em: EntityManager, events: EventBus, user: User): Promise<void> {
  clearLockout(user);
  await em.flush();
  telephonyNotifier.configurationChanged({ events }, 'user');
}

/** Clears a lockout after too many failed logins; administrators only, as in the manual. */
export async function unlockUser(context: DomainContext, id: string): Promise<User> {
  context.viewer.require(Permission.ADMINISTRATORS_MANAGE);
  const user = await userService.get(context, id);
  await unlockAccount(context.em, context.events, user);
  return user;
}

/** A user changing its own password; older tokens and its phone's SIP secret stop working. */
export async function changeOwnPassword(context: DomainContext, current: string, next: string): Promise<User> {
  const user = await context.em.findOneOrFail(User, { id: context.viewer.userId }, { populate: ['role'] });
  if (!(await verifyPassword(current, user.passwordHash))) {
    throw invalidInput('currentPassword', 'is not your current password');
  }
  await setPassword(context.em, user, next);
  await context.em.flush();
  announceRevokedCredentials(context.events, user.id);
  return user;
}
