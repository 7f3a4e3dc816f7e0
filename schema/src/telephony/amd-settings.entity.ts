import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

/** The manual's AMD page ("Configuración AMD"), with its defaults; written to amd.conf. */
export const AMD_DEFAULTS = Object.freeze({
  initialSilenceMs: 2500,
  greetingMs: 1500,
  afterGreetingSilenceMs: 800,
  totalAnalysisTimeMs: 5000,
  minWordLengthMs: 100,
  betweenWordsSilenceMs: 50,
  maximumNumberOfWords: 3,
  maximumWordLengthMs: 5000,
  silenceThreshold: 256,
});

export type AmdValues = { -readonly [Key in keyof typeof AMD_DEFAULTS]: number };

/**
 * Answering-machine detection settings: one row for the whole platform, as in the manual.
 * `singleton` is always true and unique, so a second row cannot be inserted; until an
 * administrator saves the page there is no row and AMD_DEFAULTS apply.
 */
@ObjectType()
@Entity({ tableName: 'amd_settings' })
export class AmdSettings extends BaseEntity implements AmdValues {
  @Property({ type: 'boolean', default: true })
  @Unique()
  singleton: boolean = true;

  @Field(() => Int)
  @Property({ type: 'integer', default: AMD_DEFAULTS.initialSilenceMs })
  initialSilenceMs: number = AMD_DEFAULTS.initialSilenceMs;

  @Field(() => Int)
  @Property({ type: 'integer', default: AMD_DEFAULTS.greetingMs })
  greetingMs: number = AMD_DEFAULTS.greetingMs;

  @Field(() => Int)
  @Property({ type: 'integer', default: AMD_DEFAULTS.afterGreetingSilenceMs })
  afterGreetingSilenceMs: number = AMD_DEFAULTS.afterGreetingSilenceMs;

  @Field(() => Int)
  @Property({ type: 'integer', default: AMD_DEFAULTS.totalAnalysisTimeMs })
  totalAnalysisTimeMs: number = AMD_DEFAULTS.totalAnalysisTimeMs;

  @Field(() => Int)
  @Property({ type: 'integer', default: AMD_DEFAULTS.minWordLengthMs })
  minWordLengthMs: number = AMD_DEFAULTS.minWordLengthMs;

  @Field(() => Int)
  @Property({ type: 'integer', default: AMD_DEFAULTS.betweenWordsSilenceMs })
  betweenWordsSilenceMs: number = AMD_DEFAULTS.betweenWordsSilenceMs;

  @Field(() => Int)
  @Property({ type: 'integer', default: AMD_DEFAULTS.maximumNumberOfWords })
  maximumNumberOfWords: number = AMD_DEFAULTS.maximumNumberOfWords;

  @Field(() => Int)
  @Property({ type: 'integer', default: AMD_DEFAULTS.maximumWordLengthMs })
  maximumWordLengthMs: number = AMD_DEFAULTS.maximumWordLengthMs;

  @Field(() => Int, { description: 'Energy below which a sample counts as silence (0-32767).' })
  @Property({ type: 'integer', default: AMD_DEFAULTS.silenceThreshold })
  silenceThreshold: number = AMD_DEFAULTS.silenceThreshold;
}
