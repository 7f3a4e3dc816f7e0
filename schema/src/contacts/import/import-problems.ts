import { ErrorKind, defineDomainErrors } from '../../common/domain-error.js';

/** At most this many problems are reported: enough to fix a file, small enough to read. */
export const MAX_PROBLEMS = 100;

/**
 * What is wrong with an uploaded file or its import. `row` is the file line where the record
 * starts (the header is row 1), null for the file as a whole; `column` is a header name.
 */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  message: string;
}

export const CsvImportErrors = defineDomainErrors('CSV_IMPORT', {
  /** Structural problems found while streaming the upload. */
  INVALID_FILE: ErrorKind.BAD_USER_INPUT,
  /** Over IMPORT_MAX_BYTES; REST answers 413. */
  TOO_LARGE: ErrorKind.BAD_USER_INPUT,
  /** Values that the import's options reject (phones, external ids...). */
  INVALID_DATA: ErrorKind.BAD_USER_INPUT,
  /** The import names a column the file does not have. */
  UNKNOWN_COLUMN: ErrorKind.BAD_USER_INPUT,
  ALREADY_IMPORTED: ErrorKind.CONFLICT,
});

export type CsvImportErrorCode = 'INVALID_FILE' | 'TOO_LARGE' | 'INVALID_DATA' | 'UNKNOWN_COLUMN';

/** One error listing the problems; the message names the first ones, details hold them all. */
export function importProblems(code: CsvImportErrorCode, problems: readonly ImportProblem[], totalCount?: number) {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const total = Math.max(totalCount ?? shown.length, shown.length);
  const head = shown
    .slice(0, 3)
    .map((problem) => `${describePlace(problem)}${problem.message}`)
    .join('; ');
  const more = total > 3 ? ` (and ${total - 3} more)` : '';
  return CsvImportErrors.create(code, `${head}${more}`, {
    problems: shown,
    problemCount: total,
    truncated: total > shown.length,
  });
}

function describePlace(problem: ImportProblem): string {
  if (problem.row === null && problem.column === null) return '';
  if (problem.row === null) return `column "${problem.column}": `;
  if (problem.column === null) return `row ${problem.row}: `;
  return `row ${problem.row}, column "${problem.column}": `;
}

/** Collects problems up to the cap, counting the rest. */
export class ProblemList {
  readonly problems: ImportProblem[] = [];
  total = 0;

  add(row: number | null, column: string | null, message: string): void {
    this.total += 1;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ row, column, message });
  }

  get full(): boolean {
    return this.total >= MAX_PROBLEMS;
  }

  get empty(): boolean {
    return this.total === 0;
  }
}
