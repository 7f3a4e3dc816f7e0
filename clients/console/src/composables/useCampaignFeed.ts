import { onScopeDispose, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useApi } from '@/api';
import { campaignFeeds, type CampaignFeedName } from '@/realtime';
import { useCampaignLiveStore, useConnectionStore } from '@/stores';

const RETRY_MS = 2000;

/**
 * Holds one campaign's live feed (a row of realtime/supervision.ts) while the view is on screen:
 * its SNAPSHOT first, then each change, into the campaign-live store. A new campaign closes the
 * old feed; a feed that fails is reopened (its SNAPSHOT replaces what was held).
 */
export function useCampaignFeed(name: CampaignFeedName, campaignId: MaybeRefOrGetter<string | null>) {
  const api = useApi();
  const stores = { campaignLive: useCampaignLiveStore(), connection: useConnectionStore() };
  const feed = campaignFeeds[name];
  let stop: (() => void) | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let open = true;

  function close() {
    if (retry) clearTimeout(retry);
    retry = null;
    stop?.();
    stop = null;
  }

  function subscribe(id: string) {
    const again = () => {
      stop = null;
      if (open && toValue(campaignId) === id) retry = setTimeout(() => subscribe(id), RETRY_MS);
    };
    stop = api.subscribe(
      feed.document,
      { campaignId: id },
      {
        next: (data) => feed.apply(data, stores, id),
        error: again,
        complete: again,
      },
    );
  }

  watch(
    () => toValue(campaignId),
    (id) => {
      close();
      if (id) subscribe(id);
    },
    { immediate: true },
  );
  onScopeDispose(() => {
    open = false;
    close();
  });
}
