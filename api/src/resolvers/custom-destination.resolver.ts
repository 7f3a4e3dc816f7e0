import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import {
  CreateCustomDestinationInput,
  CustomDestination,
  CustomDestinationFilter,
  CustomDialplan,
  UpdateCustomDestinationInput,
  UpdateCustomDialplanInput,
  customDestinationService,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';
import { domain, type GraphQLContext } from '../graphql/context.js';

@Resolver(() => CustomDestination)
export class CustomDestinationResolver extends createCrudResolver({
  type: CustomDestination,
  create: CreateCustomDestinationInput,
  update: UpdateCustomDestinationInput,
  filter: CustomDestinationFilter,
  service: customDestinationService,
  singular: 'customDestination',
  plural: 'customDestinations',
}) {}

@Resolver(() => CustomDialplan)
export class CustomDialplanResolver {
  @Query(() => CustomDialplan, { description: 'extensions_custom.conf, the administrators’ own dialplan.' })
  customDialplan(@Ctx() context: GraphQLContext) {
    return context.services.customDialplan.get(domain(context));
  }

  @Mutation(() => CustomDialplan, {
    description: 'Replaces extensions_custom.conf; a content Asterisk does not load is rolled back and reported.',
  })
  updateCustomDialplan(
    @Arg('input', () => UpdateCustomDialplanInput) input: UpdateCustomDialplanInput,
    @Ctx() context: GraphQLContext,
  ) {
    return context.services.customDialplan.update(domain(context), input.content);
  }
}
