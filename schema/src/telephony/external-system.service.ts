import type { EntityManager } from '@mikro-orm/postgresql';
import { CrudService } from '../common/crud.service.js';
import { containsPattern } from '../common/filters.js';
import type { DomainContext } from '../common/domain-context.js';
import { Permission } from '../auth/permission.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';
import { CampaignAgent } from '../campaigns/campaign-agent.entity.js';
import { CampaignState } from '../campaigns/campaign.enums.js';
import { ExternalAgentId, ExternalSystem } from './external-system.entity.js';
import { ExternalSystemErrors } from './external-system.errors.js';
import type {
  CreateExternalSystemInput,
  ExternalSystemFilter,
  UpdateExternalSystemInput,
} from './external-system.inputs.js';

/** Indexes of entries whose key appeared earlier in the list. */
function repeatedIndexes<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const value = key(item);
    if (seen.has(value)) return [index];
    seen.add(value);
    return [];
  });
}

/** The mapping as stored, or an error naming the offending entries by index. */
async function checkedMapping(em: EntityManager, mapping: readonly ExternalAgentId[]): Promise<ExternalAgentId[]> {
  const field = 'externalAgentIds';
  const repeatedAgents = repeatedIndexes(mapping, (entry) => entry.agentId);
  if (repeatedAgents.length > 0) {
    throw ExternalSystemErrors.create('DUPLICATE_AGENT', `${field}: an agent may have one external id per system`, {
      field,
      indexes: repeatedAgents,
    });
  }
  const repeatedIds = repeatedIndexes(mapping, (entry) => entry.externalId);
  if (repeatedIds.length > 0) {
    throw ExternalSystemErrors.create('DUPLICATE_EXTERNAL_ID', `${field}: an external id may name one agent only`, {
      field,
      indexes: repeatedIds,
    });
  }
  const agents = await em.execute<Array<{ id: string }>>(
    'select id from agent_profiles where id in (select jsonb_array_elements_text(?::jsonb)::uuid)',
    [JSON.stringify(mapping.map((entry) => entry.agentId))],
  );
  const known = new Set(agents.map((agent) => agent.id));
  const missing = mapping.flatMap((entry, index) =>
    known.has(entry.agentId) ? [] : [{ index, agentId: entry.agentId }],
  );
  if (missing.length > 0) {
    throw ExternalSystemErrors.create(
      'UNKNOWN_AGENTS',
      `${field}: no agent with id ${missing.map((m) => m.agentId).join(', ')}`,
      {
        field,
        missing,
      },
    );
  }
  return mapping.map((entry) => ({ agentId: entry.agentId, externalId: entry.externalId }));
}

export const externalSystemService = new CrudService<
  ExternalSystem,
  CreateExternalSystemInput,
  UpdateExternalSystemInput,
  ExternalSystemFilter
>({
  entity: ExternalSystem,
  label: 'External system',
  read: [Permission.CAMPAIGNS_READ, Permission.EXTERNAL_SYSTEMS_MANAGE],
  manage: Permission.EXTERNAL_SYSTEMS_MANAGE,
  where: (filter) => (filter.nameContains ? { name: { $ilike: containsPattern(filter.nameContains) } } : {}),
  create: async ({ em }, input) => {
    const system = new ExternalSystem();
    system.name = input.name;
    system.externalAgentIds = await checkedMapping(em, input.externalAgentIds ?? []);
    return system;
  },
  update: async ({ em }, system, input) => {
    if (input.name !== undefined && input.name !== null) system.name = input.name;
    if (input.externalAgentIds !== undefined && input.externalAgentIds !== null) {
      system.externalAgentIds = await checkedMapping(em, input.externalAgentIds);
    }
  },
});

/**
 * The manual warns when agents of campaigns linked to the system have no external id: the CRM
 * cannot act on their behalf. These are those agents (campaigns deleted aside).
 */
export async function agentsWithoutExternalId(context: DomainContext, system: ExternalSystem): Promise<AgentProfile[]> {
  // It lists users: campaign readers such as agents see the system, not who else works here.
  context.viewer.requireAny(Permission.EXTERNAL_SYSTEMS_MANAGE, Permission.USERS_READ);
  const mapped = system.externalAgentIds.map((entry) => entry.agentId);
  const assignments = await context.em.find(
    CampaignAgent,
    {
      campaign: { externalSystem: system.id, state: { $ne: CampaignState.DELETED } },
      ...(mapped.length > 0 ? { agent: { $nin: mapped } } : {}),
    },
    { populate: ['agent', 'agent.user', 'agent.group'], orderBy: { agent: { sipExtension: 'asc' } } },
  );
  const agents = new Map(assignments.map((assignment) => [assignment.agent.id, assignment.agent]));
  return [...agents.values()];
}
