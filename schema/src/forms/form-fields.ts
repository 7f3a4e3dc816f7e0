import type { FieldProblem } from '../common/field-problems.js';
import { FormField, FormFieldType } from './form-field.entity.js';
import type { Form } from './form.entity.js';
import { formProblems } from './form.errors.js';
import type { FormFieldInput } from './form.inputs.js';

// Field names are the keys of the answers, so they must be safe as JSON keys and column names in exports.
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_LABEL = 200;
const MAX_OPTION = 200;

function checkOptions(input: FormFieldInput, field: string, problems: FieldProblem[]): void {
  const options = input.options ?? [];
  if (input.type !== FormFieldType.LIST) {
    if (options.length > 0)
      problems.push({ field: `${field}.options`, message: `a ${input.type} field has no options` });
    return;
  }
  if (options.length === 0)
    problems.push({ field: `${field}.options`, message: 'a LIST field needs at least one option' });
  const seen = new Set<string>();
  options.forEach((option, index) => {
    const optionField = `${field}.options[${index}]`;
    if (option.trim().length === 0 || option.length > MAX_OPTION) {
      problems.push({ field: optionField, message: `must have 1 to ${MAX_OPTION} characters` });
    } else if (seen.has(option)) {
      problems.push({ field: optionField, message: `"${option}" appears more than once` });
    }
    seen.add(option);
  });
}

/** Checks a list of fields; every problem is reported at once, each naming its field. */
export function checkFormFields(inputs: readonly FormFieldInput[]): void {
  const problems: FieldProblem[] = [];
  const names = new Set<string>();
  inputs.forEach((input, index) => {
    const field = `fields[${index}]`;
    if (!IDENTIFIER.test(input.name)) {
      problems.push({ field: `${field}.name`, message: `"${input.name}" is not an identifier (letters, digits, _)` });
    } else if (names.has(input.name)) {
      problems.push({ field: `${field}.name`, message: `"${input.name}" is already a field of this form` });
    }
    names.add(input.name);
    if (input.label.trim().length === 0 || input.label.length > MAX_LABEL) {
      problems.push({ field: `${field}.label`, message: `must have 1 to ${MAX_LABEL} characters` });
    }
    checkOptions(input, field, problems);
  });
  if (problems.length > 0) throw formProblems('INVALID_FIELDS', problems);
}

/**
 * Replaces a form's fields by the given list, in order. A field keeps its row (and id) when
 * its name stays, which also avoids deleting and re-inserting a name in one flush against the
 * (form, name) unique constraint.
 */
export function replaceFormFields(form: Form, inputs: readonly FormFieldInput[]): void {
  checkFormFields(inputs);
  const existing = new Map(form.fields.getItems().map((field) => [field.name, field]));
  const fields = inputs.map((input, position) => {
    const field = existing.get(input.name) ?? new FormField();
    field.form = form;
    field.name = input.name;
    field.label = input.label.trim();
    field.type = input.type;
    field.required = input.required ?? false;
    field.options = input.type === FormFieldType.LIST ? [...(input.options ?? [])] : [];
    field.position = position;
    return field;
  });
  form.fields.set(fields);
}
