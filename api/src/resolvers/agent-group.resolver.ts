import { Resolver } from 'type-graphql';
import {
  AgentGroup,
  AgentGroupFilter,
  CreateAgentGroupInput,
  UpdateAgentGroupInput,
  agentGroupService,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => AgentGroup)
export class AgentGroupResolver extends createCrudResolver({
  type: AgentGroup,
  create: CreateAgentGroupInput,
  update: UpdateAgentGroupInput,
  filter: AgentGroupFilter,
  service: agentGroupService,
  singular: 'agentGroup',
  plural: 'agentGroups',
}) {}
