import { Field, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';

@InputType()
export class CreateDoNotCallListInput {
  @Field(() => String)
  @Length(1, 128)
  name!: string;
}

@InputType()
export class UpdateDoNotCallListInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 128)
  name?: string;
}

@InputType()
export class DoNotCallListFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  nameContains?: string;
}

@InputType()
export class DoNotCallNumberFilter {
  @Field(() => String, { nullable: true, description: 'Part of the number; separators are ignored.' })
  phoneContains?: string;
}
