import { useI18n } from 'vue-i18n';
import { serverErrorMessage, serverFieldErrors } from '@/i18n/server-error';

/** A field path as the forms name it: `options[1].digit` (domain checks) and `options.1.digit` (validation) alike. */
export function fieldPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * An administrator's error in its own words: `admin.reason.*` where the shared wording is too
 * vague for a configuration screen (a duplicate DID is a "conflict" to everyone else), else the
 * shared catalogue; and the field problems keyed by field path (`did`, `options.1.digit`).
 */
export function useAdminError() {
  const i18n = useI18n();

  function message(error: unknown): string {
    if (!error) return '';
    const reason = (error as { reason?: string }).reason;
    if (reason && i18n.te(`admin.reason.${reason}`)) return i18n.t(`admin.reason.${reason}`);
    return serverErrorMessage(i18n, error);
  }

  function fields(error: unknown): Record<string, string> {
    if (!error) return {};
    // The field's own rule ("digits only, 2 to 30") says more than the generic "not valid".
    const found = serverFieldErrors(i18n, error);
    return Object.fromEntries(
      Object.entries(found).map(([path, text]) => {
        const field = fieldPath(path);
        const own = `admin.problem.${field.split('.').pop()}`;
        return [field, i18n.te(own) ? i18n.t(own) : text];
      }),
    );
  }

  return { message, fields };
}
