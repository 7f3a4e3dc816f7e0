import { computed, reactive, ref, toValue, type MaybeRefOrGetter } from 'vue';
import {
  CampaignContactDocument,
  DialManualDocument,
  MyCallContactDocument,
  UpdateCampaignContactDocument,
} from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester, type Requester } from './useRequester';

export interface ContactField {
  name: string;
  value: string;
  blocked: boolean;
  /** A phone column: the agent can dial it (the manual's multinum contacts). */
  phone: boolean;
}

interface ContactView {
  hiddenContactFields: string[];
  blockedContactFields: string[];
  columns: string[];
  phoneColumns: string[];
  contact: { id: string; phone?: string | null; data: Record<string, unknown> };
  /** Only in the agent's own campaigns: a call transferred in from another one is read-only. */
  editable: boolean;
}

/**
 * The current call's contact: through the live state's grant (myCallContact), which also covers
 * a call transferred in from a campaign the agent is not assigned to; a contact the agent just
 * created for an unknown caller is not the live state's, so it is read through its campaign.
 */
async function loadView(api: Requester, campaignId: string, contactId: string): Promise<ContactView | null> {
  const { myCallContact } = await api.request(MyCallContactDocument, {});
  if (myCallContact?.contact?.id === contactId) {
    const { campaign, contact, editable } = myCallContact;
    return { ...campaign, contact, editable };
  }
  const { campaign, contact } = await api.request(CampaignContactDocument, { campaignId, contactId });
  return {
    hiddenContactFields: campaign.hiddenContactFields,
    blockedContactFields: campaign.blockedContactFields,
    columns: campaign.contactDatabase?.columns ?? Object.keys(contact.data),
    phoneColumns: campaign.contactDatabase?.phoneColumns ?? [],
    contact,
    editable: true,
  };
}

/**
 * A contact as the campaign shows it to agents: hidden fields never appear (even if a value
 * slipped through), blocked ones are read-only, and a save sends only what the agent changed.
 */
export function useContact(ids: MaybeRefOrGetter<{ campaignId: string | null; contactId: string | null }>) {
  const api = useRequester();
  const answer = ref<ContactView | null>(null);
  const draft = reactive<Record<string, string>>({});
  const editing = ref(false);

  const fields = computed<ContactField[]>(() => {
    if (!answer.value) return [];
    const { contact } = answer.value;
    const hidden = new Set(answer.value.hiddenContactFields);
    const blocked = new Set(answer.value.blockedContactFields);
    const phones = new Set(answer.value.phoneColumns);
    const columns = answer.value.columns.length ? answer.value.columns : Object.keys(contact.data);
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
    answer.value = campaignId && contactId ? await loadView(api, campaignId, contactId) : null;
    editing.value = false;
  });

  function edit() {
    for (const field of fields.value) draft[field.name] = field.value;
    editing.value = true;
  }

  const save = useAction(async () => {
    const { campaignId, contactId } = toValue(ids);
    if (!campaignId || !contactId || !answer.value?.editable) return;
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

  const editable = computed(() => answer.value?.editable ?? false);

  return { answer, fields, editable, draft, editing, load, edit, save, dial };
}

function stringOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
