import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  AgentProfile,
  CreateExternalSystemInput,
  ExternalSystem,
  ExternalSystemFilter,
  UpdateExternalSystemInput,
  agentsWithoutExternalId,
  externalSystemService,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';
import { domain, type GraphQLContext } from '../graphql/context.js';

@Resolver(() => ExternalSystem)
export class ExternalSystemResolver extends createCrudResolver({
  type: ExternalSystem,
  create: CreateExternalSystemInput,
  update: UpdateExternalSystemInput,
  filter: ExternalSystemFilter,
  service: externalSystemService,
  singular: 'externalSystem',
  plural: 'externalSystems',
}) {
  @FieldResolver(() => [AgentProfile], {
    description: 'Agents of campaigns linked to this system that have no external id here.',
  })
  agentsWithoutExternalId(@Root() system: ExternalSystem, @Ctx() context: GraphQLContext): Promise<AgentProfile[]> {
    return agentsWithoutExternalId(domain(context), system);
  }
}
