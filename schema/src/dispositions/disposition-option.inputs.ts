import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { DispositionType } from './disposition-option.entity.js';
import { SingleLine } from '../common/text-rules.js';

@InputType()
export class CreateDispositionOptionInput {
  @Field(() => ID)
  campaignId!: string;

  @SingleLine()
  @Field(() => String, { description: 'Unique within the campaign.' })
  @Length(1, 128)
  name!: string;

  @Field(() => DispositionType)
  type!: DispositionType;

  @Field(() => ID, { nullable: true, description: 'Required for ENGAGED options; not allowed for the others.' })
  formId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  hidden?: boolean;

  @Field(() => Int, { nullable: true, description: 'Order offered to agents; default: after the existing ones.' })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  position?: number;
}

@InputType({ description: 'The type and form of an option already used by dispositions do not change.' })
export class UpdateDispositionOptionInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 128)
  name?: string;

  @Field(() => DispositionType, { nullable: true })
  type?: DispositionType;

  @Field(() => ID, { nullable: true, description: 'null removes the form (for NO_ACTION and CALLBACK).' })
  formId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Hidden options stay in history but are not offered.' })
  hidden?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  position?: number;
}

@InputType()
export class DispositionOptionFilter {
  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => Boolean, { nullable: true })
  hidden?: boolean | null;
}
