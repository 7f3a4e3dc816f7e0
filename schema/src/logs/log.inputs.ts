import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { CallEventType } from './call-event.entity.js';
import { AgentActivityType } from './agent-activity.entity.js';
import { SingleLine } from '../common/text-rules.js';
import { PageArgs } from '../common/pagination.js';

@InputType({ description: 'Every field narrows the result; from is inclusive, to exclusive.' })
export class CallEventFilter {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  callId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Agent profile id.' })
  @IsOptional()
  @IsUUID('all')
  agentId?: string | null;

  @Field(() => [CallEventType], { nullable: true })
  types?: CallEventType[] | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  to?: Date | null;
}

@InputType({ description: 'Every field narrows the result; from is inclusive, to exclusive.' })
export class AgentActivityFilter {
  @Field(() => ID, { nullable: true, description: 'Agent profile id.' })
  @IsOptional()
  @IsUUID('all')
  agentId?: string | null;

  @Field(() => [AgentActivityType], { nullable: true })
  types?: AgentActivityType[] | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  to?: Date | null;
}

@ArgsType()
export class MyCallsArgs extends PageArgs {
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'Calls with an event from then on (inclusive). Default: the start of today, UTC; pass your local midnight.',
  })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Exclusive end; default: now.' })
  to?: Date | null;
}
