import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How far a background process has read a change history (e.g. the retries process through
 * dispositions), kept in Postgres so that a restart resumes where it stopped.
 */
@Entity({ tableName: 'dialer_watermarks' })
export class DialerWatermark {
  @PrimaryKey({ type: 'string', length: 64 })
  name!: string;

  @Property({ type: 'datetime' })
  position!: Date;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
