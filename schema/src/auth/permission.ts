import { registerEnumType } from 'type-graphql';

/**
 * What a role may do. Built-in roles are sets of these; custom roles pick their own.
 * Campaign-scoped reads are narrowed further by `CAMPAIGNS_ALL` (see campaign-scope.ts).
 */
export enum Permission {
  USERS_READ = 'USERS_READ',
  USERS_MANAGE = 'USERS_MANAGE',
  ADMINISTRATORS_MANAGE = 'ADMINISTRATORS_MANAGE',
  ROLES_MANAGE = 'ROLES_MANAGE',
  AGENT_GROUPS_MANAGE = 'AGENT_GROUPS_MANAGE',
  PAUSES_MANAGE = 'PAUSES_MANAGE',
  CAMPAIGNS_READ = 'CAMPAIGNS_READ',
  CAMPAIGNS_MANAGE = 'CAMPAIGNS_MANAGE',
  CAMPAIGNS_ALL = 'CAMPAIGNS_ALL',
  CONTACTS_READ = 'CONTACTS_READ',
  CONTACTS_MANAGE = 'CONTACTS_MANAGE',
  FORMS_MANAGE = 'FORMS_MANAGE',
  DISPOSITIONS_READ = 'DISPOSITIONS_READ',
  DISPOSITIONS_WRITE = 'DISPOSITIONS_WRITE',
  CALLBACKS_MANAGE = 'CALLBACKS_MANAGE',
  DO_NOT_CALL_MANAGE = 'DO_NOT_CALL_MANAGE',
  TELEPHONY_READ = 'TELEPHONY_READ',
  TELEPHONY_MANAGE = 'TELEPHONY_MANAGE',
  EXTERNAL_SYSTEMS_MANAGE = 'EXTERNAL_SYSTEMS_MANAGE',
  SUPERVISION = 'SUPERVISION',
  REPORTS_READ = 'REPORTS_READ',
  CALL_LOG_READ = 'CALL_LOG_READ',
  AUDIT = 'AUDIT',
  AGENT_CONSOLE = 'AGENT_CONSOLE',
}

registerEnumType(Permission, { name: 'Permission' });

export enum BuiltInRole {
  ADMINISTRATOR = 'ADMINISTRATOR',
  MANAGER = 'MANAGER',
  SUPERVISOR = 'SUPERVISOR',
  BASIC_SUPERVISOR = 'BASIC_SUPERVISOR',
  AGENT = 'AGENT',
}

registerEnumType(BuiltInRole, { name: 'BuiltInRole' });

const basicSupervisor = [
  Permission.CAMPAIGNS_READ,
  Permission.SUPERVISION,
  Permission.REPORTS_READ,
  Permission.CALL_LOG_READ,
  Permission.USERS_READ,
  Permission.DISPOSITIONS_READ,
];

// The manual: a supervisor works with campaigns, users and agent groups, contacts, and part
// of telephony; a manager adds the audit module; administrators have everything.
const supervisor = [
  ...basicSupervisor,
  Permission.CAMPAIGNS_MANAGE,
  Permission.USERS_MANAGE,
  Permission.AGENT_GROUPS_MANAGE,
  Permission.PAUSES_MANAGE,
  Permission.CONTACTS_READ,
  Permission.CONTACTS_MANAGE,
  Permission.FORMS_MANAGE,
  Permission.CALLBACKS_MANAGE,
  Permission.DO_NOT_CALL_MANAGE,
  Permission.TELEPHONY_READ,
];

const manager = [...supervisor, Permission.AUDIT, Permission.CAMPAIGNS_ALL, Permission.EXTERNAL_SYSTEMS_MANAGE];

export const builtInRolePermissions: Record<BuiltInRole, readonly Permission[]> = {
  // Everything but the agent console: being an agent is a profile, not a privilege.
  [BuiltInRole.ADMINISTRATOR]: Object.values(Permission).filter(
    (permission) => permission !== Permission.AGENT_CONSOLE,
  ),
  [BuiltInRole.MANAGER]: manager,
  [BuiltInRole.SUPERVISOR]: supervisor,
  [BuiltInRole.BASIC_SUPERVISOR]: basicSupervisor,
  [BuiltInRole.AGENT]: [
    Permission.AGENT_CONSOLE,
    Permission.CAMPAIGNS_READ,
    Permission.CONTACTS_READ,
    Permission.DISPOSITIONS_READ,
    Permission.DISPOSITIONS_WRITE,
  ],
};

export const builtInRoleNames: Record<BuiltInRole, { en: string; es: string }> = {
  [BuiltInRole.ADMINISTRATOR]: { en: 'Administrator', es: 'Administrador' },
  [BuiltInRole.MANAGER]: { en: 'Manager', es: 'Gerente' },
  [BuiltInRole.SUPERVISOR]: { en: 'Supervisor', es: 'Supervisor' },
  [BuiltInRole.BASIC_SUPERVISOR]: { en: 'Basic supervisor', es: 'Supervisor básico' },
  [BuiltInRole.AGENT]: { en: 'Agent', es: 'Agente' },
};
