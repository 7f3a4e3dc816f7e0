import type { ContactStructure } from '../contact-structure.js';
import { checkStructure } from '../contact-structure.js';
import type { CsvUpload } from './csv-upload.entity.js';
import type { ImportContactDatabaseInput } from './contact-import.inputs.js';
import { columnPositions } from './staged-upload.js';
import { importProblems } from './import-problems.js';

/** What an import does with the staged columns, by position in the header. */
export interface ContactImportPlan {
  structure: ContactStructure;
  columns: string[];
  mainPhone: number;
  /** Every phone column, the main one first. */
  phones: number[];
  externalId: number | null;
  skipWithoutPhone: boolean;
  avoidDuplicates: boolean;
}

export function planContactImport(upload: CsvUpload, input: ImportContactDatabaseInput): ContactImportPlan {
  if (input.phoneColumns.length === 0) {
    throw importProblems('UNKNOWN_COLUMN', [
      { row: null, column: null, message: 'phoneColumns: name at least one (the first is the main phone)' },
    ]);
  }
  const named = input.phoneColumns.map((column, index) => ({ field: `phoneColumns[${index}]`, column }));
  if (input.externalIdColumn) named.push({ field: 'externalIdColumn', column: input.externalIdColumn });
  const positions = columnPositions(upload, named);
  // The same structure rules as createContactDatabase (names repeated among phoneColumns...).
  const structure = checkStructure({
    columns: upload.columns,
    phoneColumns: input.phoneColumns,
    externalIdColumn: input.externalIdColumn ?? null,
  });
  const phones = positions.slice(0, input.phoneColumns.length);
  return {
    structure,
    columns: upload.columns,
    mainPhone: phones[0]!,
    phones,
    externalId: input.externalIdColumn ? positions[positions.length - 1]! : null,
    skipWithoutPhone: input.skipContactsWithoutPhone,
    avoidDuplicates: input.avoidDuplicates,
  };
}
