import { computed, reactive, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import {
  DispositionContextDocument,
  DisposeContactDocument,
  type CallbackKind,
  type DispositionContextQuery,
} from '@/generated/graphql';
import { serverFieldErrors } from '@/i18n/server-error';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

type Campaign = DispositionContextQuery['campaign'];
export type DispositionChoice = Campaign['dispositionOptions'][number];
export type FormFieldDef = NonNullable<DispositionChoice['form']>['fields'][number];

export interface DispositionTarget {
  campaignId: string | null;
  contactId: string | null;
  callId?: string | null;
}

/** `2026-12-02` + `15:30` in the agent's time zone, as the instant the server stores. */
export function toInstant(date: string, time: string): string | null {
  if (!date || !time) return null;
  const local = new Date(`${date}T${time}`);
  return Number.isNaN(local.getTime()) ? null : local.toISOString();
}

type Translate = (key: string) => string;
type CallbackDraft = { date: string; time: string; kind: CallbackKind; note: string };

/** What the agent can be told before asking the server: required answers, a callback's time. */
export function localErrors(
  option: DispositionChoice | null,
  fields: readonly FormFieldDef[],
  answers: Record<string, string | number>,
  callback: CallbackDraft,
  t: Translate,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    if (field.required && isBlank(answers[field.name])) errors[field.name] = t('errors.field.required');
  }
  if (option?.type === 'CALLBACK') {
    const at = toInstant(callback.date, callback.time);
    if (!callback.date) errors['callback.date'] = t('errors.field.required');
    if (!callback.time) errors['callback.time'] = t('errors.field.required');
    else if (at && Date.parse(at) <= Date.now()) errors['callback.time'] = t('errors.field.future');
  }
  return errors;
}

/** The server's problems by the field they name: form answers by name, the callback's by path. */
function serverErrors(i18n: Parameters<typeof serverFieldErrors>[0], error: unknown): Record<string, string> {
  const errors = {
    ...serverFieldErrors(i18n, error, 'answers.'),
    ...prefixed(serverFieldErrors(i18n, error, 'callback.'), 'callback.'),
  };
  if (errors['callback.scheduledAt']) errors['callback.time'] = errors['callback.scheduledAt'];
  return errors;
}

/**
 * The disposition of the current call: the campaign's visible options; an ENGAGED option's form
 * with its answers; a CALLBACK's date, time and kind (GLOBAL only where the dialer can take it
 * back: DIALER campaigns). Required fields are checked here first, then the server's problems
 * land on the fields they name.
 */
export function useDisposition(target: MaybeRefOrGetter<DispositionTarget>) {
  const api = useRequester();
  const i18n = useI18n();
  const campaign = ref<Campaign | null>(null);
  const optionId = ref<string>('');
  // A number input hands back numbers; everything else strings.
  const answers = reactive<Record<string, string | number>>({});
  const callback = reactive<CallbackDraft>({ date: '', time: '', kind: 'PERSONAL', note: '' });
  const comment = ref('');
  const fieldErrors = ref<Record<string, string>>({});
  const done = ref(false);

  const options = computed(() =>
    [...(campaign.value?.dispositionOptions ?? [])].filter((o) => !o.hidden).sort((a, b) => a.position - b.position),
  );
  const option = computed(() => options.value.find((o) => o.id === optionId.value) ?? null);
  const fields = computed(() =>
    option.value?.type === 'ENGAGED'
      ? [...(option.value.form?.fields ?? [])].sort((a, b) => a.position - b.position)
      : [],
  );
  const globalAllowed = computed(() => campaign.value?.type === 'DIALER');

  const load = useAction(async () => {
    const { campaignId } = toValue(target);
    campaign.value = campaignId ? (await api.request(DispositionContextDocument, { campaignId })).campaign : null;
  });

  watch(optionId, () => {
    for (const key of Object.keys(answers)) delete answers[key];
    fieldErrors.value = {};
  });

  const submit = useAction(async () => {
    const { campaignId, contactId, callId } = toValue(target);
    const chosen = option.value;
    if (!chosen || !campaignId || !contactId) return;
    fieldErrors.value = localErrors(chosen, fields.value, answers, callback, (key) => i18n.t(key));
    if (Object.keys(fieldErrors.value).length > 0) return;
    const filled = Object.fromEntries(Object.entries(answers).filter(([, value]) => !isBlank(value)));
    try {
      await api.request(DisposeContactDocument, {
        input: {
          campaignId,
          contactId,
          callId: callId ?? null,
          optionId: chosen.id,
          comment: comment.value.trim() || null,
          answers: chosen.type === 'ENGAGED' ? filled : null,
          callback:
            chosen.type === 'CALLBACK'
              ? {
                  kind: globalAllowed.value ? callback.kind : 'PERSONAL',
                  scheduledAt: toInstant(callback.date, callback.time)!,
                  note: callback.note.trim() || null,
                }
              : null,
        },
      });
      done.value = true;
    } catch (error) {
      fieldErrors.value = serverErrors(i18n, error);
      throw error;
    }
  });

  return {
    campaign,
    options,
    option,
    optionId,
    fields,
    answers,
    callback,
    comment,
    globalAllowed,
    fieldErrors,
    done,
    load,
    submit,
  };
}

function isBlank(value: string | number | undefined): boolean {
  return value === undefined || String(value).trim() === '';
}

function prefixed(errors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([key, value]) => [prefix + key, value]));
}
