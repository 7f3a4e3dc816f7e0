import { Field, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { SingleLine } from '../common/text-rules.js';

@InputType()
export class CreateDoNotCallListInput {
  @SingleLine()
  @Field(() => String)
  @Length(1, 128)
  name!: string;
}

@InputType()
export class UpdateDoNotCallListInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 128)
  name?: string;
}

@InputType()
export class DoNotCallListFilter {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  nameContains?: string;
}

@InputType()
export class DoNotCallNumberFilter {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Part of the number; separators are ignored.' })
  phoneContains?: string;
}
