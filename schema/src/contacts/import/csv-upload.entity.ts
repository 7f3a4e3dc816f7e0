import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export enum CsvUploadStatus {
  /** Rows are staged, waiting for importContactDatabase or importDoNotCallNumbers. */
  STAGED = 'STAGED',
  /** Imported; the staged rows are gone, the record stays until it expires (for progress snapshots). */
  IMPORTED = 'IMPORTED',
}

/**
 * A CSV file streamed into csv_upload_rows, waiting to be imported. Not a GraphQL type: the
 * upload endpoint answers with its id, columns and row count, and the import mutations take
 * the id. Only the uploader may import it; it expires after IMPORT_UPLOAD_TTL_HOURS.
 */
@Entity({ tableName: 'csv_uploads' })
@Index({ properties: ['expiresAt'] })
export class CsvUpload {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  // A plain id, not a relation: uploads are short-lived scratch data, never joined to users.
  @Property({ type: 'uuid' })
  ownerId!: string;

  @Property({ type: 'text[]' })
  columns: string[] = [];

  @Property({ type: 'integer' })
  rowCount: number = 0;

  /** Row number (file line) of the last record: imports walk the rows in ranges up to it. */
  @Property({ type: 'integer' })
  lastRow: number = 1;

  @Enum({ items: () => CsvUploadStatus, nativeEnumName: 'csv_upload_status' })
  status: CsvUploadStatus = CsvUploadStatus.STAGED;

  /** Contacts or numbers the import wrote. */
  @Property({ type: 'integer', nullable: true })
  importedCount: number | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
