import { computed, shallowRef } from 'vue';
import {
  PauseReasonsDocument,
  SupervisedCampaignsDocument,
  SupervisedGroupsDocument,
  type CampaignType,
  type PauseReasonsQuery,
  type SupervisedCampaignsQuery,
  type SupervisedGroupsQuery,
} from '@/generated/graphql';
import { useAction } from './useAction';
import { useRequester } from './useRequester';

export type SupervisedCampaign = SupervisedCampaignsQuery['campaigns']['nodes'][number];
export type SupervisedGroup = SupervisedGroupsQuery['agentGroups']['nodes'][number];
export type PauseReason = PauseReasonsQuery['pauses']['nodes'][number];

/**
 * What the supervision screens name things by: the supervisor's campaigns (the server lists only
 * those it may see), the agent groups and the pause reasons. Read once per screen.
 */
export function useSupervisionDirectory() {
  const api = useRequester();
  const campaigns = shallowRef<SupervisedCampaign[]>([]);
  const groups = shallowRef<SupervisedGroup[]>([]);
  const pauses = shallowRef<PauseReason[]>([]);

  const load = useAction(async () => {
    const [c, g, p] = await Promise.all([
      api.request(SupervisedCampaignsDocument),
      api.request(SupervisedGroupsDocument),
      api.request(PauseReasonsDocument),
    ]);
    campaigns.value = c.campaigns.nodes;
    groups.value = g.agentGroups.nodes;
    pauses.value = p.pauses.nodes;
  });

  const campaignNames = computed(() => new Map(campaigns.value.map((c) => [c.id, c.name])));
  const groupNames = computed(() => new Map(groups.value.map((g) => [g.id, g.name])));
  const campaignsOfType = (type: CampaignType) => campaigns.value.filter((campaign) => campaign.type === type);

  return { campaigns, groups, pauses, load, campaignNames, groupNames, campaignsOfType };
}

/** Campaigns only (the wallboard and the campaign views need no groups nor pauses). */
export function useSupervisedCampaigns() {
  const api = useRequester();
  const campaigns = shallowRef<SupervisedCampaign[]>([]);
  const load = useAction(async () => {
    campaigns.value = (await api.request(SupervisedCampaignsDocument)).campaigns.nodes;
  });
  return { campaigns, load };
}
