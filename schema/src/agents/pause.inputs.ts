import { Field, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { PauseType } from './pause.entity.js';
import { SingleLine } from '../common/text-rules.js';

@InputType()
export class CreatePauseInput {
  @SingleLine()
  @Field(() => String)
  @Length(1, 100)
  name!: string;

  @Field(() => PauseType)
  type!: PauseType;
}

@InputType()
export class UpdatePauseInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => PauseType, { nullable: true })
  type?: PauseType;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

@InputType()
export class PauseFilter {
  @Field(() => PauseType, { nullable: true })
  type?: PauseType;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}
