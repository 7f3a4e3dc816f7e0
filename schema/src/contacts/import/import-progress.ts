import { registerEnumType } from 'type-graphql';
import type { EventBus } from '../../events/event-bus.js';

export enum ContactImportPhase {
  UPLOADING = 'UPLOADING',
  /** Uploaded and staged, waiting for an import mutation. */
  STAGED = 'STAGED',
  /** The import's columns and options are checked (contact imports check rows as they insert them). */
  VALIDATING = 'VALIDATING',
  IMPORTING = 'IMPORTING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

registerEnumType(ContactImportPhase, {
  name: 'ContactImportPhase',
  description: 'UPLOADING, then STAGED; an import then goes VALIDATING, IMPORTING, DONE. FAILED ends either.',
});

/** Rows between two progress events of a large upload or import. */
export const PROGRESS_EVERY_ROWS = 10_000;

/**
 * The one publisher of `contact_import.progress`: an event per phase, and while rows move,
 * one every PROGRESS_EVERY_ROWS rows.
 */
export class ImportProgress {
  private lastPublishedRows = 0;
  private targetId: string | null = null;

  constructor(
    private readonly events: EventBus,
    private readonly uploadId: string,
    private readonly ownerId: string,
    private totalRows: number | null = null,
  ) {}

  /** The number of rows, once known (an upload learns it at the end). */
  total(rows: number): void {
    this.totalRows = rows;
  }

  /** The contact database or do-not-call list the import fills, once known. */
  target(id: string): void {
    this.targetId = id;
  }

  phase(phase: ContactImportPhase, rows: number, problemCount: number | null = null): void {
    this.lastPublishedRows = rows;
    this.events.publish('contact_import.progress', {
      uploadId: this.uploadId,
      ownerId: this.ownerId,
      phase,
      rows,
      totalRows: this.totalRows,
      targetId: this.targetId,
      problemCount,
    });
  }

  /** Rows done so far in a phase; publishes when another PROGRESS_EVERY_ROWS have passed. */
  rows(phase: ContactImportPhase, rows: number): void {
    if (rows - this.lastPublishedRows >= PROGRESS_EVERY_ROWS) this.phase(phase, rows);
  }
}
