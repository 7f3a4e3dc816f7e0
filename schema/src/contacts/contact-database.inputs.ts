import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { SingleLine } from '../common/text-rules.js';

const MAX_COLUMNS = 200;

@InputType()
export class CreateContactDatabaseInput {
  @SingleLine()
  @Field(() => String)
  @Length(1, 128)
  name!: string;

  @SingleLine({ each: true })
  @Field(() => [String], { description: 'Column names, unique and non-empty, in file order.' })
  @ArrayMaxSize(MAX_COLUMNS)
  columns!: string[];

  @SingleLine({ each: true })
  @Field(() => [String], { description: 'At least one; each must be a column; the first is the main phone.' })
  @ArrayMaxSize(MAX_COLUMNS)
  phoneColumns!: string[];

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Column holding an id unique within the database.' })
  externalIdColumn?: string | null;
}

@InputType({
  description: 'Columns, phone columns and external id column can change only while the database is empty.',
})
export class UpdateContactDatabaseInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 128)
  name?: string;

  @SingleLine({ each: true })
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_COLUMNS)
  columns?: string[] | null;

  @SingleLine({ each: true })
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_COLUMNS)
  phoneColumns?: string[] | null;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'null removes it; omitted leaves it.' })
  externalIdColumn?: string | null;
}

@InputType()
export class ContactDatabaseFilter {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  nameContains?: string;
}
