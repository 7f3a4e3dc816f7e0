import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { ExternalAgentId } from './external-system.entity.js';
import { SingleLine } from '../common/text-rules.js';

const MAX_AGENTS = 5_000;

@InputType()
export class CreateExternalSystemInput {
  @SingleLine()
  @Field(() => String)
  @Length(1, 128)
  name!: string;

  @Field(() => [ExternalAgentId], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(MAX_AGENTS)
  @ValidateNested({ each: true })
  externalAgentIds?: ExternalAgentId[];
}

@InputType()
export class UpdateExternalSystemInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 128)
  name?: string;

  @Field(() => [ExternalAgentId], { nullable: true, description: 'Replaces the whole mapping.' })
  @IsOptional()
  @ArrayMaxSize(MAX_AGENTS)
  @ValidateNested({ each: true })
  externalAgentIds?: ExternalAgentId[];
}

@InputType()
export class ExternalSystemFilter {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  nameContains?: string;
}
