export { Realtime, type RealtimeOptions } from './realtime';
export { realtimeTable, type RealtimeContext, type RealtimeEntry, type RealtimeStores } from './table';
export {
  campaignFeeds,
  resnapshotSupervisedAgents,
  supervisionTable,
  type CampaignFeed,
  type CampaignFeedName,
  type CampaignFeedStores,
} from './supervision';
