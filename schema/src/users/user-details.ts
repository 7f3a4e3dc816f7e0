import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../common/domain-context.js';
import { Permission } from '../auth/permission.js';
import type { Role } from '../auth/role.entity.js';
import type { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';
import { agentsInHand, reachedAgentIds } from '../agents/agent-reach.js';
import { loadRelated } from '../campaigns/campaign-relations.js';

/**
 * A user reaches every viewer through dispositions, callbacks, campaigns and agent profiles;
 * its name is for all of them, the rest (e-mail, role, active, lock status, failed logins,
 * last login, agent profile) only for the user itself and for user readers who reach it: the
 * agents they reach or hold (agent-reach.ts), every user with CAMPAIGNS_ALL. Everyone else
 * reads null. Every path to a User resolves those fields here.
 */

/** Re-read after this long, so that a long subscription follows assignment changes. */
const REFRESH_MS = 30_000;

interface Readable {
  readAt: number;
  /** Ids of the users the viewer may read in full; null means every user. */
  userIds: Promise<Set<string> | null>;
}

// One computation per request (each has its own EntityManager), not one per user resolved.
const perRequest = new WeakMap<EntityManager, Readable>();

async function readableUserIds(em: EntityManager, viewer: Viewer): Promise<Set<string> | null> {
  if (!viewer.can(Permission.USERS_READ)) return new Set([viewer.userId]);
  const reached = await reachedAgentIds(em, viewer);
  if (reached === null) return null;
  const created = await em.find(AgentProfile, { user: { createdBy: viewer.userId } });
  const held = await agentsInHand(
    em,
    viewer,
    created.map((profile) => profile.id),
  );
  const agentIds = [...reached, ...held];
  const profiles = agentIds.length > 0 ? await em.find(AgentProfile, { id: { $in: agentIds } }) : [];
  return new Set([viewer.userId, ...profiles.map((profile) => profile.user.id)]);
}

/** Whether the viewer may read the user's details beyond its name. */
export async function mayReadUserDetails(context: DomainContext, user: User): Promise<boolean> {
  const { em, viewer } = context;
  if (user.id === viewer.userId) return true;
  let readable = perRequest.get(em);
  if (!readable || Date.now() - readable.readAt > REFRESH_MS) {
    readable = { readAt: Date.now(), userIds: readableUserIds(em.fork(), viewer) };
    perRequest.set(em, readable);
  }
  const ids = await readable.userIds;
  return ids === null || ids.has(user.id);
}

/** The user's field as the viewer may see it: the value, or null. */
export async function userDetail<K extends 'email' | 'active' | 'failedLoginAttempts' | 'lockedAt' | 'lastLoginAt'>(
  context: DomainContext,
  user: User,
  field: K,
): Promise<User[K] | null> {
  return (await mayReadUserDetails(context, user)) ? user[field] : null;
}

export async function userRole(context: DomainContext, user: User): Promise<Role | null> {
  return (await mayReadUserDetails(context, user)) ? loadRelated(user.role) : null;
}

export async function userAgentProfile(context: DomainContext, user: User): Promise<AgentProfile | null> {
  if (!(await mayReadUserDetails(context, user))) return null;
  const profile = user.agentProfile ?? (await context.em.findOne(AgentProfile, { user: user.id }));
  // The group is read through the profile (the console's login asks for its settings): an
  // unloaded reference would answer null for every field but its id.
  if (profile) await context.em.populate(profile, ['group']);
  return profile;
}
