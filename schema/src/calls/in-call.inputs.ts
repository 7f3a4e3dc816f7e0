import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { SingleLine } from '../common/text-rules.js';

export enum TransferMode {
  /** The customer goes straight to the target; the agent is released at once. */
  BLIND = 'BLIND',
  /** The agent talks to the target first, then completes or cancels (or makes it a conference). */
  CONSULTATIVE = 'CONSULTATIVE',
}
registerEnumType(TransferMode, { name: 'TransferMode' });

export enum TransferTargetType {
  AGENT = 'AGENT',
  /** An external number, out by the outbound routes. */
  NUMBER = 'NUMBER',
  /** An inbound campaign's queue. */
  CAMPAIGN = 'CAMPAIGN',
}
registerEnumType(TransferTargetType, { name: 'TransferTargetType' });

@InputType({ description: 'Where to transfer the current call: set the field of the target type.' })
export class TransferCallInput {
  @Field(() => TransferMode)
  mode!: TransferMode;

  @Field(() => TransferTargetType)
  targetType!: TransferTargetType;

  @Field(() => ID, { nullable: true, description: 'The agent, for AGENT.' })
  @IsOptional()
  agentId?: string | null;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'The number, for NUMBER.' })
  @IsOptional()
  @MaxLength(32)
  number?: string | null;

  @Field(() => ID, { nullable: true, description: 'The inbound campaign, for CAMPAIGN.' })
  @IsOptional()
  campaignId?: string | null;
}
