import { Parser, CsvError } from 'csv-parse';
import { normalizePhone } from '../../common/phone.js';
import type { ProblemList } from './import-problems.js';

/** One record of the file and the line where it starts (the header is row 1). */
export interface CsvRecord {
  row: number;
  values: string[];
}

export const MAX_COLUMNS = 200;
const MAX_COLUMN_NAME = 128;

/** Line breaks inside a value (only quoted values have them); CRLF is one. */
function lineBreaks(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code === 0x0a) count += 1;
    else if (code === 0x0d && value.charCodeAt(index + 1) !== 0x0a) count += 1;
  }
  return count;
}

function recordLineBreaks(values: string[]): number {
  let count = 0;
  for (const value of values) {
    if (value.includes('\n') || value.includes('\r')) count += lineBreaks(value);
  }
  return count;
}

/**
 * csv-parse (UTF-8, comma-separated, RFC 4180 quoting; blank lines and a byte-order mark
 * skipped) handing each record, with the line where it starts, to record(). The next record
 * starts after the line breaks inside this one's values and the blank lines csv-parse skipped
 * (its own line count takes a CRLF inside quotes for two lines). Records are taken in push(),
 * which csv-parse calls as each one completes, rather than passed down a stream of objects:
 * that hop alone costs a tenth of the parsing time.
 */
export abstract class LineNumberingParser extends Parser {
  private nextRow = 1;
  private blankLinesSeen = 0;

  constructor() {
    // Ragged rows are checked by record(), which reports each with its row and goes on.
    super({ bom: true, skip_empty_lines: true, relax_column_count: true });
  }

  protected abstract record(record: CsvRecord): void;

  /** Called once the last record is in, before the end of the output. */
  protected abstract finish(): void;

  /** Sends text down the pipeline. */
  protected output(text: string): boolean {
    return super.push(text);
  }

  override push(values: unknown, encoding?: BufferEncoding): boolean {
    if (values === null) {
      this.finish();
      return super.push(null, encoding);
    }
    const record = values as string[];
    const blankLines = this.info.empty_lines;
    const row = this.nextRow + (blankLines - this.blankLinesSeen);
    this.blankLinesSeen = blankLines;
    this.nextRow = row + recordLineBreaks(record) + 1;
    this.record({ row, values: record });
    return true;
  }
}

/** A csv-parse error (unclosed quote, text after a closing quote...) as a problem on its line. */
export function parseErrorProblem(error: unknown, problems: ProblemList): boolean {
  if (!(error instanceof CsvError)) return false;
  const line = (error as CsvError & { lines?: number }).lines ?? null;
  const reason = error.message.replace(/^[A-Za-z ]+:\s*/, '');
  problems.add(line, null, `the file is not valid CSV: ${reason}`);
  return true;
}

/**
 * The header's column names, trimmed (as contact databases store them), with every problem:
 * empty or over-long names, names repeated, names that are phone numbers (the file has no
 * header: its first line is data), too many columns.
 */
export function checkHeader(record: CsvRecord, problems: ProblemList): string[] {
  const names = record.values.map((value) => value.trim());
  if (names.length > MAX_COLUMNS) {
    problems.add(record.row, null, `the header has ${names.length} columns; the limit is ${MAX_COLUMNS}`);
  }
  const firstPosition = new Map<string, number>();
  names.forEach((name, index) => {
    const position = index + 1;
    if (name.length === 0) {
      problems.add(record.row, null, `column ${position} of the header has no name`);
    } else if (name.length > MAX_COLUMN_NAME) {
      problems.add(
        record.row,
        name.slice(0, 40),
        `column ${position}: names are at most ${MAX_COLUMN_NAME} characters`,
      );
    } else if (firstPosition.has(name)) {
      problems.add(record.row, name, `columns ${firstPosition.get(name)} and ${position} have the same name`);
    } else if (normalizePhone(name) !== null) {
      problems.add(record.row, name, 'the first line must be a header naming the columns, not data');
    }
    if (!firstPosition.has(name)) firstPosition.set(name, position);
  });
  return names;
}

/** A record with another number of values than the header has. */
export function checkWidth(record: CsvRecord, columns: readonly string[], problems: ProblemList): boolean {
  if (record.values.length === columns.length) return true;
  const { length } = record.values;
  // Name the first column that is missing, or the last that exists when there are too many.
  const column = length < columns.length ? columns[length]! : columns[columns.length - 1]!;
  problems.add(record.row, column, `has ${length} values; the header has ${columns.length} columns`);
  return false;
}
