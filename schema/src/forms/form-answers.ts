import type { FieldProblem } from '../common/field-problems.js';
import { FormFieldType, type FormField } from './form-field.entity.js';
import { formProblems } from './form.errors.js';

const MAX_TEXT = 255;
const MAX_TEXTAREA = 10_000;
const NUMERIC = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(text);
}

type Checked = { value: unknown } | { problem: string };

function checkText(value: unknown, max: number): Checked {
  if (typeof value !== 'string') return { problem: 'must be text' };
  return value.length > max ? { problem: `is longer than ${max} characters` } : { value };
}

/** One answer against its field: the value to store, or what is wrong with it. */
function checkValue(field: FormField, value: unknown): Checked {
  switch (field.type) {
    case FormFieldType.TEXT:
      return checkText(value, MAX_TEXT);
    case FormFieldType.TEXTAREA:
      return checkText(value, MAX_TEXTAREA);
    case FormFieldType.NUMBER:
      if (typeof value === 'number' && Number.isFinite(value)) return { value };
      if (typeof value === 'string' && NUMERIC.test(value.trim())) return { value: Number(value.trim()) };
      return { problem: 'must be a number' };
    case FormFieldType.DATE:
      return typeof value === 'string' && isCalendarDate(value)
        ? { value }
        : { problem: 'must be a date as YYYY-MM-DD' };
    case FormFieldType.LIST:
      return typeof value === 'string' && field.options.includes(value)
        ? { value }
        : { problem: `must be one of: ${field.options.join(', ')}` };
  }
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Checks the answers of an ENGAGED disposition against its form: required fields present,
 * each value of its field's type, no unknown keys. Every problem is reported at once, per
 * field; returns the answers to store (numbers as numbers, empty optional answers dropped).
 */
export function checkAnswers(fields: readonly FormField[], answers: Record<string, unknown>): Record<string, unknown> {
  const problems: FieldProblem[] = [];
  const known = new Set(fields.map((field) => field.name));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) problems.push({ field: `answers.${key}`, message: 'is not a field of the form' });
  }
  const stored: Record<string, unknown> = {};
  for (const field of fields) {
    const value = answers[field.name];
    if (isEmpty(value)) {
      if (field.required) problems.push({ field: `answers.${field.name}`, message: 'is required' });
      continue;
    }
    const checked = checkValue(field, value);
    if ('problem' in checked) problems.push({ field: `answers.${field.name}`, message: checked.problem });
    else stored[field.name] = checked.value;
  }
  if (problems.length > 0) throw formProblems('INVALID_ANSWERS', problems);
  return stored;
}
