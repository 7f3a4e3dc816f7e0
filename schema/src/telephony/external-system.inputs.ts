import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { ExternalAgentId } from './external-system.entity.js';

const MAX_AGENTS = 5_000;

@InputType()
export class CreateExternalSystemInput {
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
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  nameContains?: string;
}
