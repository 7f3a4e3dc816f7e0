import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { SingleLine } from '../common/text-rules.js';

@InputType()
export class CreateAgentGroupInput {
  @SingleLine()
  @Field(() => String)
  @Length(1, 100)
  name!: string;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @Min(0)
  @Max(3_600)
  autoUnpauseSeconds?: number;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  autoAttendInbound?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  autoAttendDialer?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  forceDisposition?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  allowOutOfCampaignCalls?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  allowRecordingsAccess?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  allowDashboardAccess?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  allowHold?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  allowAgentToAgentCalls?: boolean;
}

@InputType()
export class UpdateAgentGroupInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(3_600)
  autoUnpauseSeconds?: number;

  @Field(() => Boolean, { nullable: true })
  autoAttendInbound?: boolean;

  @Field(() => Boolean, { nullable: true })
  autoAttendDialer?: boolean;

  @Field(() => Boolean, { nullable: true })
  forceDisposition?: boolean;

  @Field(() => Boolean, { nullable: true })
  allowOutOfCampaignCalls?: boolean;

  @Field(() => Boolean, { nullable: true })
  allowRecordingsAccess?: boolean;

  @Field(() => Boolean, { nullable: true })
  allowDashboardAccess?: boolean;

  @Field(() => Boolean, { nullable: true })
  allowHold?: boolean;

  @Field(() => Boolean, { nullable: true })
  allowAgentToAgentCalls?: boolean;
}

@InputType()
export class AgentGroupFilter {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  nameContains?: string;
}
