import { ref } from 'vue';
import {
  AgentCampaignsDocument,
  DialManualDocument,
  SearchCampaignContactsDocument,
  SearchContactsByPhoneDocument,
  type AgentCampaignsQuery,
} from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

export interface FoundContact {
  id: string;
  phone: string | null;
  data: Record<string, unknown>;
  databaseName?: string;
}

/**
 * Contact search: a number across the agent's databases, or any text within one campaign's
 * contacts (the server leaves out the fields the campaign hides).
 */
export function useContactSearch() {
  const api = useRequester();
  const campaigns = ref<AgentCampaignsQuery['campaigns']['nodes']>([]);
  const results = ref<FoundContact[] | null>(null);

  const load = useAction(async () => {
    campaigns.value = (await api.request(AgentCampaignsDocument, {})).campaigns.nodes;
  });

  const byPhone = useAction(async (phone: string) => {
    const found = (await api.request(SearchContactsByPhoneDocument, { phone })).searchContactsByPhone;
    results.value = found.map((c) => ({ id: c.id, phone: c.phone, data: c.data, databaseName: c.database.name }));
  });

  const inCampaign = useAction(async (campaignId: string, search: string) => {
    results.value = (await api.request(SearchCampaignContactsDocument, { campaignId, search })).campaignContacts.nodes;
  });

  /** A found contact of a campaign, called on its main phone for that campaign. */
  const call = useAction(async (campaignId: string, contact: FoundContact) => {
    const placed = await api.request(DialManualDocument, {
      input: { campaignId, contactId: contact.id, phone: contact.phone },
    });
    return placed.dialManual.phone;
  });

  return { campaigns, results, load, byPhone, inCampaign, call };
}
