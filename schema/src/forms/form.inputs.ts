import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { FormFieldType } from './form-field.entity.js';

const MAX_FIELDS = 100;

@InputType({ description: 'One field of a form; its position is its place in the list.' })
export class FormFieldInput {
  @Field(() => String, {
    description: 'Identifier (letters, digits, _; not starting with a digit), unique in the form.',
  })
  name!: string;

  @Field(() => String)
  label!: string;

  @Field(() => FormFieldType)
  type!: FormFieldType;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  required?: boolean;

  @Field(() => [String], { nullable: true, defaultValue: [], description: 'LIST fields: at least one choice.' })
  options?: string[];
}

@InputType()
export class CreateFormInput {
  @Field(() => String)
  @Length(1, 128)
  name!: string;

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
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 128)
  name?: string;

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
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  nameContains?: string;
}
