import type { FieldProblem } from '../common/field-problems.js';
import { contactProblems } from './contact.errors.js';

/** The shape of a contact database: what every contact's data is checked against. */
export interface ContactStructure {
  columns: string[];
  phoneColumns: string[];
  externalIdColumn: string | null;
}

const MAX_COLUMN_NAME = 128;

function checkColumns(columns: string[], problems: FieldProblem[]): void {
  if (columns.length === 0) problems.push({ field: 'columns', message: 'needs at least one column' });
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    const field = `columns[${index}]`;
    if (column.length === 0) problems.push({ field, message: 'is empty' });
    else if (column.length > MAX_COLUMN_NAME) problems.push({ field, message: `is longer than ${MAX_COLUMN_NAME}` });
    else if (seen.has(column)) problems.push({ field, message: `"${column}" appears more than once` });
    seen.add(column);
  });
}

function checkPhoneColumns(structure: ContactStructure, problems: FieldProblem[]): void {
  const columns = new Set(structure.columns);
  if (structure.phoneColumns.length === 0) {
    problems.push({ field: 'phoneColumns', message: 'needs at least one phone column (the first is the main phone)' });
  }
  const seen = new Set<string>();
  structure.phoneColumns.forEach((column, index) => {
    const field = `phoneColumns[${index}]`;
    if (!columns.has(column)) problems.push({ field, message: `"${column}" is not a column` });
    else if (seen.has(column)) problems.push({ field, message: `"${column}" appears more than once` });
    seen.add(column);
  });
}

/**
 * Checks a structure and returns it with names trimmed (CSV headers often carry spaces);
 * every problem is reported at once.
 */
export function checkStructure(input: ContactStructure): ContactStructure {
  const structure: ContactStructure = {
    columns: input.columns.map((column) => column.trim()),
    phoneColumns: input.phoneColumns.map((column) => column.trim()),
    externalIdColumn: input.externalIdColumn?.trim() || null,
  };
  const problems: FieldProblem[] = [];
  checkColumns(structure.columns, problems);
  checkPhoneColumns(structure, problems);
  if (structure.externalIdColumn !== null && !structure.columns.includes(structure.externalIdColumn)) {
    problems.push({ field: 'externalIdColumn', message: `"${structure.externalIdColumn}" is not a column` });
  }
  if (problems.length > 0) throw contactProblems('INVALID_STRUCTURE', problems);
  return structure;
}

export function sameStructure(left: ContactStructure, right: ContactStructure): boolean {
  return (
    left.columns.join('\u0000') === right.columns.join('\u0000') &&
    left.phoneColumns.join('\u0000') === right.phoneColumns.join('\u0000') &&
    left.externalIdColumn === right.externalIdColumn
  );
}
