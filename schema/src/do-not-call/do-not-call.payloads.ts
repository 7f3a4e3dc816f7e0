import { Field, Int, ObjectType } from 'type-graphql';
import { DoNotCallList } from './do-not-call-list.entity.js';

@ObjectType()
export class DoNotCallNumbersAdded {
  @Field(() => DoNotCallList, { description: 'The list, with its new numberCount.' })
  list!: DoNotCallList;

  @Field(() => Int, { description: 'Numbers that were not on the list before.' })
  added!: number;

  @Field(() => Int, { description: 'Numbers already on the list, or repeated in the request.' })
  ignored!: number;
}

@ObjectType()
export class DoNotCallNumbersRemoved {
  @Field(() => DoNotCallList, { description: 'The list, with its new numberCount.' })
  list!: DoNotCallList;

  @Field(() => Int)
  removed!: number;

  @Field(() => Int, { description: 'Numbers that were not on the list.' })
  notFound!: number;
}

@ObjectType()
export class NumberBlockStatus {
  @Field(() => String, { description: 'The number as normalized for the lookup.' })
  phone!: string;

  @Field(() => Boolean)
  blocked!: boolean;

  @Field(() => [DoNotCallList], { description: 'Lists holding the number, by name.' })
  lists!: DoNotCallList[];
}
