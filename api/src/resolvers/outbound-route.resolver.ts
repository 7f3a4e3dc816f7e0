import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import {
  CreateOutboundRouteInput,
  OutboundRoute,
  OutboundRouteFilter,
  Trunk,
  UpdateOutboundRouteInput,
  outboundRouteService,
  reorderOutboundRoutes,
  routeTrunks,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';
import { domain, type GraphQLContext } from '../graphql/context.js';

@Resolver(() => OutboundRoute)
export class OutboundRouteResolver extends createCrudResolver({
  type: OutboundRoute,
  create: CreateOutboundRouteInput,
  update: UpdateOutboundRouteInput,
  filter: OutboundRouteFilter,
  service: outboundRouteService,
  singular: 'outboundRoute',
  plural: 'outboundRoutes',
}) {
  @Mutation(() => [OutboundRoute], {
    description: 'Sets the order routes are matched in; ids must list every route exactly once.',
  })
  reorderOutboundRoutes(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() context: GraphQLContext,
  ): Promise<OutboundRoute[]> {
    return reorderOutboundRoutes(domain(context), ids);
  }

  @FieldResolver(() => [Trunk], { description: 'The failover sequence: the first trunk is tried first.' })
  trunks(@Root() route: OutboundRoute, @Ctx() context: GraphQLContext): Promise<Trunk[]> {
    return routeTrunks(context.em, route);
  }
}
