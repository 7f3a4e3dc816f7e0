import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, type ClassType } from 'type-graphql';
import { Connection, PageArgs, type CrudService } from '@switchboard/schema';
import { domain, type GraphQLContext } from './context.js';

export interface CrudResolverOptions<
  T extends { id: string },
  Create extends object,
  Update extends object,
  Filter extends object,
> {
  type: ClassType<T>;
  create: ClassType<Create>;
  update: ClassType<Update>;
  filter: ClassType<Filter>;
  service: CrudService<T, Create, Update, Filter>;
  /** camelCase singular and plural query names, e.g. agentGroup / agentGroups. */
  singular: string;
  plural: string;
}

/**
 * The five standard operations of an entity, named after it (agentGroups, agentGroup,
 * createAgentGroup, updateAgentGroup, deleteAgentGroup). Subclass it to add more.
 */
export function createCrudResolver<
  T extends { id: string },
  Create extends object,
  Update extends object,
  Filter extends object,
>(options: CrudResolverOptions<T, Create, Update, Filter>) {
  const { service } = options;
  const typeName = options.singular[0]!.toUpperCase() + options.singular.slice(1);
  // Created now, not inside the decorator's thunk: types must exist before the schema is built.
  const EntityConnection = Connection(options.type);

  @Resolver()
  abstract class CrudResolver {
    @Query(() => EntityConnection, { name: options.plural })
    list(
      @Arg('filter', () => options.filter, { nullable: true }) filter: Filter | null,
      @Args(() => PageArgs) page: PageArgs,
      @Ctx() context: GraphQLContext,
    ) {
      return service.list(domain(context), filter, page);
    }

    @Query(() => options.type, { name: options.singular })
    get(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
      return service.get(domain(context), id);
    }

    @Mutation(() => options.type, { name: `create${typeName}` })
    create(@Arg('input', () => options.create) input: Create, @Ctx() context: GraphQLContext) {
      return service.create(domain(context), input);
    }

    @Mutation(() => options.type, { name: `update${typeName}` })
    update(
      @Arg('id', () => ID) id: string,
      @Arg('input', () => options.update) input: Update,
      @Ctx() context: GraphQLContext,
    ) {
      return service.update(domain(context), id, input);
    }

    @Mutation(() => ID, { name: `delete${typeName}`, description: 'Returns the deleted id.' })
    async delete(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext) {
      await service.delete(domain(context), id);
      return id;
    }
  }
  return CrudResolver;
}
