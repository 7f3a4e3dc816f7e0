import { Field, ID, InputType } from 'type-graphql';
import { Length } from 'class-validator';
import { SingleLine } from '../common/text-rules.js';

@InputType({ description: 'Adds the numbers of one column of a staged upload (POST /uploads/csv) to a list.' })
export class ImportDoNotCallNumbersInput {
  @Field(() => ID, { description: 'uploadId answered by POST /uploads/csv.' })
  uploadId!: string;

  @Field(() => ID)
  listId!: string;

  @SingleLine()
  @Field(() => String, { description: 'Header name of the column holding the numbers.' })
  @Length(1, 128)
  phoneColumn!: string;
}
