import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';
import { describeProblems, type FieldProblem } from '../common/field-problems.js';

export const ContactErrors = defineDomainErrors('CONTACT', {
  INVALID_STRUCTURE: ErrorKind.BAD_USER_INPUT,
  INVALID_DATA: ErrorKind.BAD_USER_INPUT,
  INVALID_FILTER: ErrorKind.BAD_USER_INPUT,
  DUPLICATE_EXTERNAL_ID: ErrorKind.CONFLICT,
  DATABASE_IN_USE: ErrorKind.CONFLICT,
  STRUCTURE_LOCKED: ErrorKind.CONFLICT,
  FIELD_BLOCKED: ErrorKind.FORBIDDEN,
  FIELD_HIDDEN: ErrorKind.FORBIDDEN,
  AGENTS_NOT_ALLOWED: ErrorKind.FORBIDDEN,
  NOT_IN_CAMPAIGN_DATABASE: ErrorKind.BAD_USER_INPUT,
  CAMPAIGN_HAS_NO_DATABASE: ErrorKind.CONFLICT,
});

export function contactProblems(code: 'INVALID_STRUCTURE' | 'INVALID_DATA', problems: readonly FieldProblem[]) {
  const { message, details } = describeProblems(problems);
  return ContactErrors.create(code, message, details);
}
