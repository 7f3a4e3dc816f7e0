import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEmail, IsOptional, Length, Matches, Max, Min } from 'class-validator';

import { AgentPhoneType } from '../agents/agent-profile.entity.js';
import { SingleLine } from '../common/text-rules.js';

const USERNAME = /^[A-Za-z0-9@.+_-]+$/;

@InputType({ description: 'Makes the user an agent: its group and, optionally, its SIP extension.' })
export class AgentProfileInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => Int, { nullable: true, description: 'Free extension from 1000 upwards when omitted.' })
  @IsOptional()
  @Min(100)
  @Max(99_999_999)
  sipExtension?: number;

  @Field(() => AgentPhoneType, { nullable: true, description: 'WEBRTC (the console) unless given.' })
  @IsOptional()
  phoneType?: AgentPhoneType;
}

@InputType()
export class CreateUserInput {
  @SingleLine()
  @Field(() => String)
  @Length(1, 150)
  @Matches(USERNAME, { message: 'username may contain letters, digits and @ . + - _ only' })
  username!: string;

  @SingleLine()
  @Field(() => String)
  password!: string;

  @SingleLine()
  @Field(() => String, { nullable: true, defaultValue: '' })
  @Length(0, 150)
  firstName?: string;

  @SingleLine()
  @Field(() => String, { nullable: true, defaultValue: '' })
  @Length(0, 150)
  lastName?: string;

  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => ID)
  roleId!: string;

  @Field(() => AgentProfileInput, { nullable: true, description: 'Required when the role is an agent role.' })
  agent?: AgentProfileInput | null;
}

@InputType()
export class UpdateUserInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 150)
  firstName?: string;

  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 150)
  lastName?: string;

  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => ID, { nullable: true })
  roleId?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Set a new password (administrative reset).' })
  password?: string;

  @Field(() => AgentProfileInput, { nullable: true })
  agent?: AgentProfileInput | null;
}

@InputType()
export class UserFilter {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Part of the username, first or last name.' })
  search?: string;

  @Field(() => ID, { nullable: true })
  roleId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only agents (true) or only non-agents (false).' })
  isAgent?: boolean;

  @Field(() => ID, { nullable: true })
  agentGroupId?: string;

  @Field(() => Boolean, { nullable: true })
  locked?: boolean;
}
