import { computed, reactive, ref, toValue, type MaybeRefOrGetter } from 'vue';
import {
  CampaignContactDocument,
  DialManualDocument,
  UpdateCampaignContactDocument,
  type CampaignContactQuery,
} from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

export interface ContactField {
  name: string;
  value: string;
  blocked: boolean;
  /** A phone column: the agent can dial it (the manual's multinum contacts). */
  phone: boolean;
}

/**
 * A contact as the campaign shows it to agents: hidden fields never appear (even if a value
 * slipped through), blocked ones are read-only, and a save sends only what the agent changed.
 */
export function useContact(ids: MaybeRefOrGetter<{ campaignId: string | null; contactId: string | null }>) {
  const api = useRequester();
  const answer = ref<CampaignContactQuery | null>(null);
  const draft = reactive<Record<string, string>>({});
  const editing = ref(false);

  const fields = computed<ContactField[]>(() => {
    if (!answer.value) return [];
    const { campaign, contact } = answer.value;
    const hidden = new Set(campaign.hiddenContactFields);
    const blocked = new Set(campaign.blockedContactFields);
    const phones = new Set(campaign.contactDatabase?.phoneColumns ?? []);
    const columns = campaign.contactDatabase?.columns ?? Object.keys(contact.data);
    return columns
      .filter((name) => !hidden.has(name))
      .map((name) => ({
        name,
        value: stringOf(contact.data[name]),
        blocked: blocked.has(name),
        phone: phones.has(name),
      }));
  });

  const load = useAction(async () => {
    const { campaignId, contactId } = toValue(ids);
    answer.value =
      campaignId && contactId ? await api.request(CampaignContactDocument, { campaignId, contactId }) : null;
    editing.value = false;
  });

  function edit() {
    for (const field of fields.value) draft[field.name] = field.value;
    editing.value = true;
  }

  const save = useAction(async () => {
    const { campaignId, contactId } = toValue(ids);
    if (!campaignId || !contactId || !answer.value) return;
    const changed = Object.fromEntries(
      fields.value.filter((f) => !f.blocked && draft[f.name] !== f.value).map((f) => [f.name, draft[f.name]]),
    );
    if (Object.keys(changed).length > 0) {
      const { updateCampaignContact } = await api.request(UpdateCampaignContactDocument, {
        campaignId,
        contactId,
        data: changed,
      });
      answer.value = { ...answer.value, contact: { ...answer.value.contact, ...updateCampaignContact } };
    }
    editing.value = false;
  });

  /** Another number of the contact, in the same campaign (a contact not reached on its main phone). */
  const dial = useAction(async (phoneColumn: string) => {
    const { campaignId, contactId } = toValue(ids);
    if (!campaignId || !contactId) return;
    await api.request(DialManualDocument, { input: { campaignId, contactId, phoneColumn } });
  });

  return { answer, fields, draft, editing, load, edit, save, dial };
}

function stringOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
