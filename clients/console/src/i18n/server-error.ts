import type { Composer } from 'vue-i18n';

/** What the API puts on an error: `extensions.code`, `reason` and `details` (see the SDK). */
export interface ServerErrorShape {
  code?: string;
  reason?: string;
  details?: Record<string, unknown>;
  message?: string;
}

type Translate = Pick<Composer, 't' | 'te'>;

function shapeOf(error: unknown): ServerErrorShape {
  if (error && typeof error === 'object') return error as ServerErrorShape;
  return {};
}

/**
 * The agent reads the error in its language: by `reason` (AGENT_CALL_PHONE_UNAVAILABLE), else
 * by kind (`code`), else a generic message; the server's English text is never shown.
 */
export function serverErrorMessage(i18n: Translate, error: unknown): string {
  const { reason, code } = shapeOf(error);
  if (reason && i18n.te(`errors.reason.${reason}`)) return i18n.t(`errors.reason.${reason}`);
  if (code && i18n.te(`errors.code.${code}`)) return i18n.t(`errors.code.${code}`);
  if (error instanceof TypeError) return i18n.t('errors.network');
  return i18n.t('errors.unknown');
}

interface Problem {
  field: string;
  message?: string;
  problems?: string[];
}

/** A field's problem as the server words it, mapped to a catalogue key. */
function problemKey(message: string): string {
  if (message.includes('required')) return 'errors.field.required';
  if (message.includes('number')) return 'errors.field.number';
  if (message.includes('date')) return 'errors.field.date';
  if (message.includes('one of')) return 'errors.field.choice';
  if (message.includes('future')) return 'errors.field.future';
  if (message.includes('longer')) return 'errors.field.tooLong';
  return 'errors.field.invalid';
}

/**
 * The server's per-field problems (`details.problems`, or `details.field` alone), keyed by the
 * field path without its input prefix: `answers.age` → `age` under prefix `answers.`.
 */
export function serverFieldErrors(i18n: Translate, error: unknown, prefix = ''): Record<string, string> {
  const { details, message = '' } = shapeOf(error);
  const problems: Problem[] = Array.isArray(details?.['problems'])
    ? (details['problems'] as Problem[])
    : typeof details?.['field'] === 'string'
      ? [{ field: details['field'], message }]
      : [];
  const result: Record<string, string> = {};
  for (const problem of problems) {
    if (!problem.field.startsWith(prefix)) continue;
    const text = problem.message ?? problem.problems?.join('; ') ?? '';
    result[problem.field.slice(prefix.length)] = i18n.t(problemKey(text));
  }
  return result;
}
