import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';

/** A CSV download whose checks are done: what remains is writing it. */
export interface CsvExport {
  /** ASCII letters, digits, dots, dashes and underscores only: safe in a Content-Disposition header. */
  fileName: string;
  /** Header cells, already neutralised (column names come from uploaded files too). */
  header: string[];
  /** Data rows, read from Postgres a page at a time as the consumer asks for them; already neutralised. */
  rows(): AsyncIterable<string[]>;
}

/**
 * Writes the CSV (RFC 4180: CRLF, every non-empty field quoted, as OWASP advises next to the
 * apostrophe) with backpressure: a slow reader slows the reads from Postgres, and memory holds
 * one page, whatever the size of the export.
 */
export async function writeCsv(csv: CsvExport, output: Writable): Promise<void> {
  async function* records(): AsyncIterable<string[]> {
    yield csv.header;
    yield* csv.rows();
  }
  await pipeline(Readable.from(records()), stringify({ quoted: true, record_delimiter: 'windows' }), output);
}

/** "contacts-Clientes VIP (ñ).csv" -> "contacts-Clientes_VIP_n_.csv": nothing a header or a file system could misread. */
export function safeFileName(...parts: string[]): string {
  const name = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 120);
  return `${name || 'export'}.csv`;
}
