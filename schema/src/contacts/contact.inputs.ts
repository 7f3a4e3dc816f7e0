import { Field, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { SingleLine } from '../common/text-rules.js';

@InputType()
export class ContactFilter {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Any phone column equals this number (normalized).' })
  @IsOptional()
  @Length(1, 40)
  phone?: string | null;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of any column value.' })
  @IsOptional()
  @Length(1, 200)
  search?: string | null;

  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 128)
  externalId?: string | null;
}
