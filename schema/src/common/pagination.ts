import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { SingleLine } from './text-rules.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1 to 500.' })
  @Min(1)
  @Max(500)
  first: number = 50;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

const connections = new Map<ClassType, ClassType>();

/** The Relay-style connection type of an entity, created once per entity. */
export function Connection<T extends object>(nodeType: ClassType<T>): ClassType<Page<T>> {
  const existing = connections.get(nodeType);
  if (existing) return existing as ClassType<Page<T>>;

  @ObjectType(`${nodeType.name}Connection`)
  class EntityConnection implements Page<T> {
    @Field(() => [nodeType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  connections.set(nodeType, EntityConnection);
  return EntityConnection;
}
