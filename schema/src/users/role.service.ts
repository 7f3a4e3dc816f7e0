import type { EntityManager } from '@mikro-orm/postgresql';
import { CrudService, requireReference } from '../common/crud.service.js';
import { CommonErrors } from '../common/domain-error.js';
import { Permission, BuiltInRole, builtInRoleNames, builtInRolePermissions } from '../auth/permission.js';
import { Role } from '../auth/role.entity.js';
import { User } from '../auth/user.entity.js';
import { syncSupervisorPhone } from '../telephony/phone-account.service.js';
import { notifyingTelephonyChanges } from '../telephony/telephony.notifier.js';
import { notifyingAccessChanges } from '../auth/access.notifier.js';
import { assertCanAssignRole } from './user-permissions.js';
import type { CreateRoleInput, RoleFilter, UpdateRoleInput } from './role.inputs.js';

function refuseBuiltIn(role: Role): void {
  if (role.builtIn)
    throw CommonErrors.create('CONFLICT', `Built-in role ${role.name} cannot be changed`, { role: role.builtIn });
}

export const roleService = new CrudService<Role, CreateRoleInput, UpdateRoleInput, RoleFilter>({
  entity: Role,
  label: 'Role',
  read: [Permission.USERS_READ, Permission.ROLES_MANAGE],
  manage: Permission.ROLES_MANAGE,
  where: (filter) =>
    filter.builtIn === true ? { builtIn: { $ne: null } } : filter.builtIn === false ? { builtIn: null } : {},
  create: async ({ em, viewer }, input) => {
    const permissions = new Set(input.permissions ?? []);
    if (input.imitateRoleId) {
      const model = await requireReference(em, Role, input.imitateRoleId, 'imitateRoleId');
      permissions.clear();
      model.permissions.forEach((permission) => permissions.add(permission));
      (input.permissions ?? []).forEach((permission) => permissions.add(permission));
    }
    for (const id of input.applyRoleIds ?? []) {
      const extra = await requireReference(em, Role, id, 'applyRoleIds');
      extra.permissions.forEach((permission) => permissions.add(permission));
    }
    const role = new Role();
    role.name = input.name;
    role.permissions = [...permissions].sort();
    assertCanAssignRole(viewer, role);
    return role;
  },
  update: async ({ em, viewer }, role, input) => {
    refuseBuiltIn(role);
    if (input.name) role.name = input.name;
    if (input.permissions) role.permissions = [...new Set(input.permissions)].sort();
    assertCanAssignRole(viewer, role);
    if (input.permissions) await syncSupervisorPhones(em, role);
  },
  beforeDelete: async ({ em }, role) => {
    refuseBuiltIn(role);
    const users = await em.count(User, { role });
    if (users > 0) throw CommonErrors.create('CONFLICT', `Role ${role.name} is held by ${users} users`, { users });
  },
});

// A role gaining or losing SUPERVISION gives or takes supervisor phones: workers/telephony-config
// re-applies Asterisk's configuration (and finds nothing to reload for any other role change).
notifyingTelephonyChanges(roleService, 'role');
// Its holders' rights change with its permissions: api processes re-check their sockets.
notifyingAccessChanges(roleService, 'role');

/**
 * A role that gains or loses SUPERVISION gives or takes its users' supervisor phones. Flushed one
 * by one: each new extension is numbered from the rows already written.
 */
async function syncSupervisorPhones(em: EntityManager, role: Role): Promise<void> {
  for (const user of await em.find(User, { role }, { populate: ['agentProfile'] })) {
    await syncSupervisorPhone(em, user);
    await em.flush();
  }
}

/** Built-in roles follow the code: created when missing, their permissions kept current. */
export async function syncBuiltInRoles(em: EntityManager): Promise<void> {
  for (const builtIn of Object.values(BuiltInRole)) {
    let role = await em.findOne(Role, { builtIn });
    if (!role) {
      role = new Role();
      role.name = builtInRoleNames[builtIn].en;
      role.builtIn = builtIn;
      em.persist(role);
    }
    role.permissions = [...builtInRolePermissions[builtIn]].sort();
  }
  await em.flush();
}
