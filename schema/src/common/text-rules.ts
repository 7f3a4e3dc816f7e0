import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';

/**
 * Free text that reaches AMI headers, dialplan lines or generated configuration files must
 * not break a line there: a CR or LF ends an AMI header (and can add `Application: System`),
 * a line break in a configuration value opens a new setting or section. Every String field
 * of a GraphQL input carries one of these rules (or a stricter pattern, e.g. IsCallerId);
 * text-rules.inputs.spec.ts fails for a field that has none.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** Line feeds, CR LF pairs and tabs are text; every other control character is not. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_BUT_LINE_BREAK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r(?!\n)/;

/** No C0/C1 control character (CR, LF, TAB, NUL, NEL...), no Unicode line or paragraph separator. */
export function isSingleLine(value: unknown): boolean {
  return typeof value !== 'string' || !CONTROL_CHARACTER.test(value);
}

/** Line breaks (LF or CR LF) and tabs allowed; no other control character. */
export function isMultiLineText(value: unknown): boolean {
  return typeof value !== 'string' || !CONTROL_BUT_LINE_BREAK.test(value);
}

export const SINGLE_LINE = 'singleLine';
export const MULTI_LINE_TEXT = 'multiLineText';

/** For names, numbers, identifiers, filters: anything that may reach a header or a config line. */
export function SingleLine(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: SINGLE_LINE,
      validator: {
        validate: isSingleLine,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a single line without control characters`,
          options,
        ),
      },
    },
    options,
  );
}

/** For text that is legitimately multi-line (a script, a note, a form answer, pjsip text). */
export function MultiLineText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: MULTI_LINE_TEXT,
      validator: {
        validate: isMultiLineText,
        defaultMessage: buildMessage(
          (each) => `${each}$property may hold line breaks and tabs but no other control characters`,
          options,
        ),
      },
    },
    options,
  );
}
