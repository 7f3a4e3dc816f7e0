import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ASTERISK_IDENTIFIER,
  ASTERISK_IDENTIFIER_MESSAGE,
  DIAL_OPTIONS,
  DIAL_OPTIONS_MESSAGE,
} from './asterisk-syntax.js';
import { DialPattern } from './outbound-route.entity.js';
import { SingleLine } from '../common/text-rules.js';

const MAX_PATTERNS = 200;
const MAX_TRUNKS = 20;

@InputType()
export class CreateOutboundRouteInput {
  @SingleLine()
  @Field(() => String)
  @Length(1, 64)
  @Matches(ASTERISK_IDENTIFIER, { message: ASTERISK_IDENTIFIER_MESSAGE })
  name!: string;

  @Field(() => Int, { nullable: true, defaultValue: 45 })
  @Min(1)
  @Max(600)
  ringSeconds?: number;

  @SingleLine()
  @Field(() => String, { nullable: true, defaultValue: 'Tt' })
  @MaxLength(64)
  @Matches(DIAL_OPTIONS, { message: DIAL_OPTIONS_MESSAGE })
  dialOptions?: string;

  @Field(() => [DialPattern])
  @ArrayMinSize(1, { message: 'patterns needs at least one dial pattern' })
  @ArrayMaxSize(MAX_PATTERNS)
  @ValidateNested({ each: true })
  patterns!: DialPattern[];

  @Field(() => [ID], { description: 'Failover sequence: the first trunk is tried first.' })
  @ArrayMinSize(1, { message: 'trunkIds needs at least one trunk' })
  @ArrayMaxSize(MAX_TRUNKS)
  @ArrayUnique({ message: 'trunkIds may name a trunk only once' })
  @IsUUID('all', { each: true, message: 'trunkIds must be trunk ids' })
  trunkIds!: string[];
}

@InputType({ description: 'Position is changed with reorderOutboundRoutes.' })
export class UpdateOutboundRouteInput {
  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 64)
  @Matches(ASTERISK_IDENTIFIER, { message: ASTERISK_IDENTIFIER_MESSAGE })
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(600)
  ringSeconds?: number;

  @SingleLine()
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  @Matches(DIAL_OPTIONS, { message: DIAL_OPTIONS_MESSAGE })
  dialOptions?: string;

  @Field(() => [DialPattern], { nullable: true, description: 'Replaces every pattern.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'patterns needs at least one dial pattern' })
  @ArrayMaxSize(MAX_PATTERNS)
  @ValidateNested({ each: true })
  patterns?: DialPattern[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the failover sequence.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'trunkIds needs at least one trunk' })
  @ArrayMaxSize(MAX_TRUNKS)
  @ArrayUnique({ message: 'trunkIds may name a trunk only once' })
  @IsUUID('all', { each: true, message: 'trunkIds must be trunk ids' })
  trunkIds?: string[];
}

@InputType()
export class OutboundRouteFilter {
  @SingleLine()
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  nameContains?: string;

  @Field(() => ID, { nullable: true, description: 'Routes whose failover sequence includes this trunk.' })
  @IsOptional()
  @IsUUID('all')
  trunkId?: string;
}
