import { FieldResolver, Resolver, Root } from 'type-graphql';
import {
  Campaign,
  CreateInboundRouteInput,
  InboundRoute,
  InboundRouteFilter,
  UpdateInboundRouteInput,
  inboundRouteService,
  loadRelated,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => InboundRoute)
export class InboundRouteResolver extends createCrudResolver({
  type: InboundRoute,
  create: CreateInboundRouteInput,
  update: UpdateInboundRouteInput,
  filter: InboundRouteFilter,
  service: inboundRouteService,
  singular: 'inboundRoute',
  plural: 'inboundRoutes',
}) {
  // Loaded on demand (batched), so lists need not join what a client does not ask for.
  @FieldResolver(() => Campaign)
  campaign(@Root() route: InboundRoute) {
    return loadRelated(route.campaign);
  }
}
