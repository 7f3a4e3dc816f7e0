import { StopReading } from './csv-byte-guard.js';
import { LineNumberingParser, checkHeader, checkWidth, type CsvRecord } from './csv-records.js';
import { stagedRowLine } from './copy-text.js';
import { ContactImportPhase, type ImportProgress } from './import-progress.js';
import type { ProblemList } from './import-problems.js';

// COPY data goes out in chunks of about this size: large enough that per-write overhead vanishes.
const COPY_CHUNK_CHARACTERS = 256 * 1024;

/**
 * Parses an upload into the text of `COPY csv_upload_rows FROM STDIN`, checking the header and
 * each row's width. Once a problem is found nothing more is staged (the transaction will be
 * rolled back), but parsing goes on to report up to MAX_PROBLEMS problems, then stops.
 */
export class StagingParser extends LineNumberingParser {
  columns: string[] | null = null;
  rowCount = 0;
  lastRow = 1;
  private pending = '';
  private stopped = false;

  constructor(
    private readonly uploadId: string,
    private readonly problems: ProblemList,
    private readonly progress: ImportProgress,
  ) {
    super();
  }

  protected record(record: CsvRecord): void {
    if (this.stopped) return;
    if (this.columns === null) {
      this.columns = checkHeader(record, this.problems);
      return this.stopWhenFull();
    }
    this.rowCount += 1;
    this.lastRow = record.row;
    if (!checkWidth(record, this.columns, this.problems)) return this.stopWhenFull();
    if (!this.problems.empty) return;
    this.pending += stagedRowLine(this.uploadId, record.row, record.values);
    this.progress.rows(ContactImportPhase.UPLOADING, this.rowCount);
    if (this.pending.length >= COPY_CHUNK_CHARACTERS) this.flushPending();
  }

  protected finish(): void {
    this.flushPending();
  }

  private flushPending(): void {
    if (this.pending.length > 0 && this.problems.empty) this.output(this.pending);
    this.pending = '';
  }

  private stopWhenFull(): void {
    if (!this.problems.full) return;
    this.stopped = true;
    this.destroy(new StopReading());
  }
}
