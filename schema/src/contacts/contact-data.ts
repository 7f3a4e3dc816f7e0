import type { FieldProblem } from '../common/field-problems.js';
import { normalizePhone } from '../common/phone.js';
import { contactProblems } from './contact.errors.js';
import type { ContactStructure } from './contact-structure.js';

/** What a contact row stores, derived from its data: the main phone and the external id mirror columns. */
export interface ContactValues {
  data: Record<string, string>;
  phone: string;
  externalId: string | null;
}

const MAX_VALUE = 2_000;
const MAX_EXTERNAL_ID = 128;

/** A column value as stored: text, or undefined to leave the column empty. */
function storedValue(value: unknown, field: string, problems: FieldProblem[]): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') {
    problems.push({ field, message: 'must be text, a number or null' });
    return undefined;
  }
  const text = value.trim();
  if (text.length > MAX_VALUE) problems.push({ field, message: `is longer than ${MAX_VALUE} characters` });
  return text.length > 0 ? text : undefined;
}

function mergeChanges(
  structure: ContactStructure,
  current: Record<string, string>,
  changes: Record<string, unknown>,
  problems: FieldProblem[],
): Record<string, string> {
  const columns = new Set(structure.columns);
  const data = { ...current };
  for (const [column, value] of Object.entries(changes)) {
    const field = `data.${column}`;
    if (!columns.has(column)) {
      problems.push({ field, message: `"${column}" is not a column of this database` });
      continue;
    }
    const stored = storedValue(value, field, problems);
    if (stored === undefined) delete data[column];
    else data[column] = stored;
  }
  return data;
}

function normalizePhones(structure: ContactStructure, data: Record<string, string>, problems: FieldProblem[]): void {
  structure.phoneColumns.forEach((column, index) => {
    const field = `data.${column}`;
    const value = data[column];
    if (value === undefined) {
      if (index === 0) problems.push({ field, message: 'the main phone is required' });
      return;
    }
    const phone = normalizePhone(value);
    if (phone === null) problems.push({ field, message: `"${value}" is not a phone number` });
    else data[column] = phone;
  });
}

/**
 * Applies changes ({column: value}; null or "" empties a column) to a contact's current data
 * and checks the result against the database structure: known columns only, a valid main
 * phone, valid other phones when present. Phones are stored normalized so that searching by
 * phone is an equality. Every problem is reported at once.
 */
export function contactValues(
  structure: ContactStructure,
  current: Record<string, string>,
  changes: Record<string, unknown>,
): ContactValues {
  const problems: FieldProblem[] = [];
  const data = mergeChanges(structure, current, changes, problems);
  normalizePhones(structure, data, problems);
  const externalId = structure.externalIdColumn ? (data[structure.externalIdColumn] ?? null) : null;
  if (externalId !== null && externalId.length > MAX_EXTERNAL_ID) {
    problems.push({ field: `data.${structure.externalIdColumn}`, message: `is longer than ${MAX_EXTERNAL_ID}` });
  }
  if (problems.length > 0) throw contactProblems('INVALID_DATA', problems);
  return { data, phone: data[structure.phoneColumns[0]!]!, externalId };
}
