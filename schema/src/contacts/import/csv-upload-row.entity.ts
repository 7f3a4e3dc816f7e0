import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One staged CSV record. Written only by COPY (csv-upload.service.ts) and read only by
 * set-based SQL (the import services); the entity exists so that migrations create the table.
 * No foreign key to csv_uploads: the table is made UNLOGGED (staged-rows-table.ts), and an
 * unlogged table may not reference a logged one; rows are deleted with their upload.
 */
@Entity({ tableName: 'csv_upload_rows' })
export class CsvUploadRow {
  @PrimaryKey({ type: 'uuid' })
  uploadId!: string;

  /** The file line where the record starts; the header is line 1. */
  @PrimaryKey({ type: 'integer' })
  rowNumber!: number;

  /** The record's values in header order, as in the file (untrimmed). */
  @Property({ type: 'text[]' })
  values!: string[];
}
