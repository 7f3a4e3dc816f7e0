import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * Every field is optional: the fields left out keep their value. Bounds keep Asterisk's AMD()
 * meaningful (a 0 ms greeting or a 10-minute analysis would classify every call the same way).
 */
@InputType()
export class UpdateAmdSettingsInput {
  @Field(() => Int, { nullable: true, description: 'Silence before the greeting, in ms (500-30000).' })
  @IsOptional()
  @IsInt()
  @Min(500)
  @Max(30_000)
  initialSilenceMs?: number;

  @Field(() => Int, { nullable: true, description: 'Longest greeting of a human, in ms (100-30000).' })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(30_000)
  greetingMs?: number;

  @Field(() => Int, { nullable: true, description: 'Silence after the greeting, in ms (100-10000).' })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(10_000)
  afterGreetingSilenceMs?: number;

  @Field(() => Int, { nullable: true, description: 'Longest analysis, in ms (1000-60000).' })
  @IsOptional()
  @IsInt()
  @Min(1_000)
  @Max(60_000)
  totalAnalysisTimeMs?: number;

  @Field(() => Int, { nullable: true, description: 'Shortest sound that counts as a word, in ms (10-5000).' })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(5_000)
  minWordLengthMs?: number;

  @Field(() => Int, { nullable: true, description: 'Silence that separates two words, in ms (10-5000).' })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(5_000)
  betweenWordsSilenceMs?: number;

  @Field(() => Int, { nullable: true, description: 'More words than this is a machine (1-100).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maximumNumberOfWords?: number;

  @Field(() => Int, { nullable: true, description: 'A longer word is a machine, in ms (100-60000).' })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(60_000)
  maximumWordLengthMs?: number;

  @Field(() => Int, { nullable: true, description: 'Energy below which a sample is silence (0-32767).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(32_767)
  silenceThreshold?: number;
}
