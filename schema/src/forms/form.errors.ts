import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';
import { describeProblems, type FieldProblem } from '../common/field-problems.js';

export const FormErrors = defineDomainErrors('FORM', {
  INVALID_FIELDS: ErrorKind.BAD_USER_INPUT,
  IN_USE: ErrorKind.CONFLICT,
  INVALID_ANSWERS: ErrorKind.BAD_USER_INPUT,
});

export function formProblems(code: 'INVALID_FIELDS' | 'INVALID_ANSWERS', problems: readonly FieldProblem[]) {
  const { message, details } = describeProblems(problems);
  return FormErrors.create(code, message, details);
}
