import { FieldResolver, Resolver, Root } from 'type-graphql';
import {
  CreateTrunkInput,
  Trunk,
  TrunkFilter,
  UpdateTrunkInput,
  trunkService,
  visibleSipDetails,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => Trunk)
export class TrunkResolver extends createCrudResolver({
  type: Trunk,
  create: CreateTrunkInput,
  update: UpdateTrunkInput,
  filter: TrunkFilter,
  service: trunkService,
  singular: 'trunk',
  plural: 'trunks',
}) {
  @FieldResolver(() => String, {
    description: 'pjsip wizard text; passwords and secrets read as ******** (send them back unchanged to keep them).',
  })
  sipDetails(@Root() trunk: Trunk): string {
    return visibleSipDetails(trunk);
  }
}
