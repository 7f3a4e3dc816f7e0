import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { FormFieldType } from './form-field.entity.js';
import { MultiLineText, SingleLine } from '../common/text-rules.js';

const MAX_FIELDS = 100;

@InputType({ description: 'One field of a form; its position is its place in the list.' })
export class FormFieldInput {
  @SingleLine()
  @Field(() => String, {
    description: 'Identifier (letters, digits, _; not starting with a digit), unique in the form.',
  })
  name!: string;

  @SingleLine()
  @Field(() => String)
  label!: string;

  @Field(() => FormFieldType)
  type!: FormFieldType;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  required?: boolean;

  @SingleLine({ each: true })
  @Field(() => [String], { nullable: true, defaultValue: [], description: 'LIST fields: at least one choice.' })
  options?: string[];
}

@InputType()
export class CreateFormInput {
  @SingleLine()
  @Field(() => String)
  @Length(1, 128)
  name!: string;

  @MultiLineText()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2_000)
  description?: string | null;

  @Field(() => [FormFieldInput], { nullable: true, defaultValue: [] })
  @ArrayMaxSize(MAX_FIELDS)
  fields?: FormFieldInput[];
}

@InputType()
export class UpdateFormInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 128)
  name?: string;

  @MultiLineText()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2_000)
  description?: string | null;

  @Field(() => [FormFieldInput], {
    nullable: true,
    description: 'Replaces every field, in this order; fields keep their ids by name.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FIELDS)
  fields?: FormFieldInput[] | null;
}

@InputType()
export class FormFilter {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  nameContains?: string;
}
