import { CrudService, assignDefined } from '../common/crud.service.js';
import { containsPattern } from '../common/filters.js';
import { Permission } from '../auth/permission.js';
import { AgentGroup } from './agent-group.entity.js';
import { AgentProfile } from './agent-profile.entity.js';
import { CommonErrors } from '../common/domain-error.js';
import { notifyingTelephonyChanges } from '../telephony/telephony.notifier.js';
import type { AgentGroupFilter, CreateAgentGroupInput, UpdateAgentGroupInput } from './agent-group.inputs.js';

export const agentGroupService = new CrudService<
  AgentGroup,
  CreateAgentGroupInput,
  UpdateAgentGroupInput,
  AgentGroupFilter
>({
  entity: AgentGroup,
  label: 'Agent group',
  read: [Permission.USERS_READ, Permission.AGENT_GROUPS_MANAGE],
  manage: Permission.AGENT_GROUPS_MANAGE,
  where: (filter) => (filter.nameContains ? { name: { $ilike: containsPattern(filter.nameContains) } } : {}),
  create: (_context, input) => {
    const group = new AgentGroup();
    assignDefined(group, input);
    return group;
  },
  update: (_context, group, input) => assignDefined(group, input),
  beforeDelete: async ({ em }, group) => {
    const members = await em.count(AgentProfile, { group });
    if (members > 0) {
      throw CommonErrors.create('CONFLICT', `Agent group has ${members} agents; move them first`, { agents: members });
    }
  },
});
// Phones' dialplan contexts (agentDialRights) and auto-attend come from the group: re-applied on change.
notifyingTelephonyChanges(agentGroupService, 'agent_group');
