import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

export enum LiveEventKind {
  SNAPSHOT = 'SNAPSHOT',
  CHANGE = 'CHANGE',
}
registerEnumType(LiveEventKind, {
  name: 'LiveEventKind',
  description: 'SNAPSHOT rows come first, then CHANGE deltas.',
});

/** The fields every subscription event carries (DESIGN: snapshot first, then deltas, each with an id and a time). */
// Not referenced by any field, so the schema has no LiveEvent type: only its subclasses.
@ObjectType()
export abstract class LiveEvent {
  @Field(() => ID, { description: 'Unique per event; snapshot rows get fresh ids.' })
  id!: string;

  @Field(() => LiveEventKind)
  kind!: LiveEventKind;

  @Field(() => GraphQLDateTime)
  occurredAt!: Date;
}
