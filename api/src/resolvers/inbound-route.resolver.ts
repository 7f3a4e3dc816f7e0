import { Resolver } from 'type-graphql';
import {
  CreateInboundRouteInput,
  InboundRoute,
  InboundRouteFilter,
  UpdateInboundRouteInput,
  inboundRouteService,
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
}) {}
