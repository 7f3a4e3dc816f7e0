import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors } from '../common/domain-error.js';
import { Permission } from '../auth/permission.js';
import type { Role } from '../auth/role.entity.js';
import type { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { agentsInHand } from '../agents/agent-reach.js';

/** Powers any user manager may hand out: an agent's console is not a privilege over others. */
const AGENT_POWERS = new Set([Permission.AGENT_CONSOLE, Permission.DISPOSITIONS_WRITE]);

/** No one grants a permission they do not hold (besides agent powers): no escalation by role. */
export function assertCanAssignRole(viewer: Viewer, role: Role): void {
  const beyond = role.permissions.filter((permission) => !AGENT_POWERS.has(permission) && !viewer.can(permission));
  if (beyond.length > 0) {
    throw CommonErrors.create('FORBIDDEN', `Role ${role.name} grants permissions you do not hold`, { beyond });
  }
}

/**
 * The manual: only administrators change administrators; supervisors change only agents.
 * Without CAMPAIGNS_ALL, only agents in the viewer's hands (agentsInHand): changing the
 * password of an agent another supervisor's campaign shares would let one log in as it there.
 */
export async function assertCanManageUser(em: EntityManager, viewer: Viewer, user: User): Promise<void> {
  if (
    user.role.permissions.includes(Permission.ADMINISTRATORS_MANAGE) &&
    !viewer.can(Permission.ADMINISTRATORS_MANAGE)
  ) {
    throw CommonErrors.create('FORBIDDEN', 'Only administrators can change administrators');
  }
  assertCanAssignRole(viewer, user.role);
  if (viewer.can(Permission.CAMPAIGNS_ALL)) return;
  const agentId = user.agentProfile?.id;
  if (!agentId || !(await agentsInHand(em, viewer, [agentId])).has(agentId)) {
    throw CommonErrors.create(
      'FORBIDDEN',
      'You can change only agents whose every campaign you supervise (or that you created and no campaign has)',
      { userId: user.id },
    );
  }
}
