import type { ErrorDetails } from './domain-error.js';

/** What is wrong with one input field; several are reported together in `details.problems`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Message and details of an error that lists every problem at once (a form is fixed in one
 * round trip); `details.field` names the first one for clients that show a single field.
 */
export function describeProblems(problems: readonly FieldProblem[]): { message: string; details: ErrorDetails } {
  const message = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return { message, details: { field: problems[0]?.field ?? null, problems } };
}
