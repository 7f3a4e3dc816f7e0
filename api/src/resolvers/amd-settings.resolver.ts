import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AmdSettings, UpdateAmdSettingsInput, amdSettingsService } from '@switchboard/schema';
import { domain, type GraphQLContext } from '../graphql/context.js';

@Resolver(() => AmdSettings)
export class AmdSettingsResolver {
  @Query(() => AmdSettings, { description: "The platform's answering-machine detection settings." })
  amdSettings(@Ctx() context: GraphQLContext): Promise<AmdSettings> {
    return amdSettingsService.get(domain(context));
  }

  @Mutation(() => AmdSettings, { description: 'Changes the fields given; Asterisk reloads amd.conf.' })
  updateAmdSettings(
    @Arg('input', () => UpdateAmdSettingsInput) input: UpdateAmdSettingsInput,
    @Ctx() context: GraphQLContext,
  ): Promise<AmdSettings> {
    return amdSettingsService.update(domain(context), input);
  }
}
