import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CampaignState, CampaignType, InteractionType } from './campaign.enums.js';
import { QueueSettings } from './queue-settings.embeddable.js';
import { CallingWindow } from './calling-window.embeddable.js';
import { PreviewAssignmentMode } from '../preview/preview.enums.js';
import { MultiLineText, SingleLine } from '../common/text-rules.js';
import { IsCallerId } from '../common/caller-id.js';

/**
 * Settings shared by create and update, and the overrides of a campaign made from a template.
 * Every field is optional: undefined leaves the current value (a new campaign's default),
 * null clears a nullable one.
 */
@InputType({ description: 'Campaign settings; only the fields given change.' })
export class CampaignSettingsInput {
  @Field(() => ID, { nullable: true, description: 'Required for DIALER and PREVIEW campaigns.' })
  contactDatabaseId?: string | null;

  @Field(() => InteractionType, { nullable: true })
  interactionType?: InteractionType;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'http(s) URL; required when interactionType is EXTERNAL_URL.' })
  @IsOptional()
  @MaxLength(2048)
  externalUrl?: string | null;

  @Field(() => Boolean, { nullable: true })
  recordCalls?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100_000_000)
  objective?: number;

  @MultiLineText()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20_000)
  speech?: string | null;

  @Field(() => Boolean, { nullable: true })
  showCampaignName?: boolean;

  @Field(() => ID, { nullable: true })
  outboundRouteId?: string | null;

  @IsCallerId()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  outboundCallerId?: string | null;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'DIALER: 1 to 16 digits, * or #; null: none.' })
  @IsOptional()
  @Matches(/^[0-9*#]{1,16}$/, { message: 'dialPrefix must be 1 to 16 digits, * or #' })
  dialPrefix?: string | null;

  @Field(() => Boolean, { nullable: true })
  avoidDuplicatePhones?: boolean;

  @Field(() => ID, { nullable: true })
  externalSystemId?: string | null;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Needs externalSystemId.' })
  @IsOptional()
  @Length(1, 128)
  externalId?: string | null;

  @Field(() => QueueSettings, { nullable: true, description: 'Only the fields given change.' })
  @IsOptional()
  @ValidateNested()
  queue?: QueueSettings;

  @Field(() => CallingWindow, { nullable: true, description: 'Only the fields given change.' })
  @IsOptional()
  @ValidateNested()
  callingWindow?: CallingWindow;

  @SingleLine({ each: true })
  @Field(() => [String], { nullable: true, description: 'Columns of the contact database agents cannot edit.' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(500)
  blockedContactFields?: string[];

  @SingleLine({ each: true })
  @Field(() => [String], { nullable: true, description: 'Columns never shown to agents; disjoint from blocked.' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(500)
  hiddenContactFields?: string[];

  @Field(() => Int, { nullable: true, description: 'PREVIEW: 1 to 1440 minutes a delivered contact stays reserved.' })
  @IsOptional()
  @Min(1)
  @Max(1440)
  previewDisconnectionMinutes?: number;

  @Field(() => PreviewAssignmentMode, { nullable: true })
  previewInitialAssignment?: PreviewAssignmentMode;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'PREVIEW: a column of the contact database; null: none.' })
  @IsOptional()
  @Length(1, 128)
  previewDeactivationColumn?: string | null;
}

@InputType()
export class CreateCampaignInput extends CampaignSettingsInput {
  @SingleLine()
  @Field(() => String)
  @Length(1, 128)
  name!: string;

  @Field(() => CampaignType)
  type!: CampaignType;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Create a template, not a campaign.' })
  isTemplate?: boolean;
}

@InputType({ description: 'The type, and whether it is a template, never change.' })
export class UpdateCampaignInput extends CampaignSettingsInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 128)
  name?: string;
}

@InputType()
export class CampaignFilter {
  @Field(() => CampaignType, { nullable: true })
  type?: CampaignType | null;

  @Field(() => [CampaignState], {
    nullable: true,
    description: 'Default: every state but DELETED; deleted campaigns are listed only when asked for.',
  })
  states?: CampaignState[] | null;

  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  nameContains?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Templates (true) or campaigns (false).' })
  isTemplate?: boolean | null;
}

@InputType()
export class CampaignAgentInput {
  @Field(() => ID, { description: 'An AgentProfile id.' })
  agentId!: string;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: '0 to 100; lower rings first.' })
  penalty?: number;
}
