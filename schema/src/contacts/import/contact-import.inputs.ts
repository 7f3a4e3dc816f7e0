import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { ContactDatabase } from '../contact-database.entity.js';
import { MAX_COLUMNS } from './csv-records.js';
import { SingleLine } from '../../common/text-rules.js';

@InputType({ description: 'Defines a contact database from a staged upload (POST /uploads/csv).' })
export class ImportContactDatabaseInput {
  @Field(() => ID, { description: 'uploadId answered by POST /uploads/csv.' })
  uploadId!: string;

  @SingleLine()
  @Field(() => String)
  @Length(1, 128)
  name!: string;

  @SingleLine({ each: true })
  @Field(() => [String], { description: 'Header names of the phone columns; the first is the main phone.' })
  @ArrayMaxSize(MAX_COLUMNS)
  phoneColumns!: string[];

  @SingleLine()
  @Field(() => String, {
    nullable: true,
    description: 'Header name of a column holding an id, required and unique within the file.',
  })
  @IsOptional()
  @Length(1, 128)
  externalIdColumn?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'The manual\'s "avoid duplicates": skip rows whose main phone repeats an earlier row\'s.',
  })
  avoidDuplicates: boolean = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'The manual\'s "avoid contacts without phone": skip rows without a main phone instead of failing.',
  })
  skipContactsWithoutPhone: boolean = false;
}

@ObjectType()
export class ContactDatabaseImport {
  @Field(() => ContactDatabase)
  database!: ContactDatabase;

  @Field(() => Int, { description: 'Contacts created.' })
  imported!: number;

  @Field(() => Int, { description: 'Rows skipped by avoidDuplicates or skipContactsWithoutPhone.' })
  skipped!: number;
}
