import {
  AMD_DEFAULTS,
  AgentProfile,
  AgentPhoneType,
  AmdSettings,
  Campaign,
  CampaignState,
  MusicOnHoldPlaylist,
  HoldTimeAnnouncement,
  OutboundRoute,
  PhoneAccount,
  Trunk,
  agentDialRights,
  type Orm,
} from '@switchboard/schema';
import { audioSoundName } from './audio-sounds.js';
import { loadCustomDestinations, loadCustomDialplan, loadIvrs, loadTimeConditions } from './destinations.loader.js';
import { loadCallerIdentifications } from './caller-identifications.loader.js';
import { loadInboundCampaigns, loadInboundRoutes } from './inbound-routes.loader.js';
import type { CampaignQueueModel, QueueStrategyName, SipPhone, TelephonyModel } from './telephony-model.js';

const HOLD_TIME: Record<HoldTimeAnnouncement, CampaignQueueModel['announceHoldTime']> = {
  [HoldTimeAnnouncement.NO]: 'no',
  [HoldTimeAnnouncement.YES]: 'yes',
  [HoldTimeAnnouncement.ONCE]: 'once',
};

/** An audio the queue plays, by the name Asterisk knows it by. */
const sound = (audioId: string | null) => (audioId ? audioSoundName(audioId) : null);

function queueOf(campaign: Campaign, playable: ReadonlySet<string>): CampaignQueueModel {
  const queue = campaign.queue;
  return {
    campaignId: campaign.id,
    campaignName: campaign.name,
    recordCalls: campaign.recordCalls,
    // The enum values are Asterisk's strategy names in capitals.
    strategy: queue.strategy.toLowerCase() as QueueStrategyName,
    ringSeconds: queue.ringSeconds,
    retrySeconds: queue.retrySeconds,
    wrapUpSeconds: queue.wrapUpSeconds,
    maxCalls: queue.maxCalls,
    serviceLevelSeconds: queue.serviceLevelSeconds,
    priority: queue.priority,
    // A playlist deleted or emptied behind the service's back plays the default rather than silence.
    musicOnHold: queue.musicOnHold && playable.has(queue.musicOnHold) ? queue.musicOnHold : null,
    agentAnnouncement: sound(queue.agentAnnouncementAudioId),
    announceHoldTime: HOLD_TIME[queue.announceHoldTime],
    announcePosition: queue.announcePosition,
    positionAnnounceFrequencySeconds: queue.positionAnnounceFrequencySeconds,
    periodicAnnouncement: sound(queue.periodicAnnouncementAudioId),
    periodicAnnouncementFrequencySeconds: queue.periodicAnnouncementFrequencySeconds,
    autoAttend: queue.autoAttend ?? null,
    queueTimeoutSeconds: queue.queueTimeoutSeconds,
    entryAnnouncement: sound(queue.entryAnnouncementAudioId),
    escapeIvrId: queue.escapeIvrId,
    failover: { type: queue.failover.type, id: queue.failover.id },
  };
}

/**
 * Reads what Asterisk's configuration depends on, in a stable order (so that the generated
 * files, and their digest, change only when the data does). Its own forked EntityManager.
 */
export async function loadTelephonyModel(orm: Orm): Promise<TelephonyModel> {
  const em = orm.em.fork();
  // A deactivated or locked user has no endpoint at all: its phone can neither register nor call.
  const usable = { user: { active: true, lockedAt: null } };
  const [agents, supervisors, trunks, routes, campaigns, amd, playlists] = await Promise.all([
    em.find(AgentProfile, usable, { populate: ['user', 'group'], orderBy: { sipExtension: 'asc' } }),
    em.find(PhoneAccount, usable, { populate: ['user'], orderBy: { sipExtension: 'asc' } }),
    em.find(Trunk, {}, { orderBy: { name: 'asc' } }),
    em.find(OutboundRoute, {}, { orderBy: { position: 'asc', name: 'asc' } }),
    // Finished campaigns keep their queue: their last calls may still be in it.
    em.find(Campaign, { isTemplate: false, state: { $ne: CampaignState.DELETED } }, { orderBy: { id: 'asc' } }),
    em.findOne(AmdSettings, { singleton: true }),
    em.find(MusicOnHoldPlaylist, {}, { orderBy: { id: 'asc' } }),
  ]);
  const inboundCampaigns = await loadInboundCampaigns(em);
  const playable = new Set(playlists.filter((playlist) => playlist.audioIds.length > 0).map((playlist) => playlist.id));
  const trunkNames = new Map(trunks.map((trunk) => [trunk.id, trunk.name]));
  return {
    phones: [
      ...agents.map((agent) => phoneOf(agent, agent.id, 'agent')),
      ...supervisors.map((account) => phoneOf(account, null, 'supervisor')),
    ].sort((one, other) => Number(one.extension) - Number(other.extension)),
    trunks: trunks.map(({ name, callerId, maxChannels, sipDetails }) => ({ name, callerId, maxChannels, sipDetails })),
    routes: routes.map((route) => ({
      id: route.id,
      name: route.name,
      ringSeconds: route.ringSeconds,
      dialOptions: route.dialOptions,
      patterns: route.patterns.map(({ prepend, prefix, pattern }) => ({
        prepend: prepend ?? null,
        prefix: prefix ?? null,
        pattern,
      })),
      trunks: route.trunkIds.flatMap((id) => trunkNames.get(id) ?? []),
    })),
    queues: campaigns.map((campaign) => queueOf(campaign, playable)),
    amd: pickAmd(amd),
    inboundRoutes: await loadInboundRoutes(em, inboundCampaigns),
    inboundCampaigns,
    timeConditions: await loadTimeConditions(em),
    ivrs: await loadIvrs(em),
    callerIdentifications: await loadCallerIdentifications(em),
    customDestinations: await loadCustomDestinations(em),
    customDialplan: await loadCustomDialplan(em),
    mohPlaylists: playlists.map((playlist) => ({ id: playlist.id, audioIds: [...playlist.audioIds] })),
  };
}

function phoneOf(owner: AgentProfile | PhoneAccount, agentId: string | null, role: SipPhone['role']): SipPhone {
  const { user } = owner;
  return {
    extension: String(owner.sipExtension),
    secret: owner.sipSecret,
    displayName: `${user.firstName} ${user.lastName}`.trim() || user.username,
    agentId,
    role,
    transport: 'phoneType' in owner && owner.phoneType === AgentPhoneType.SIP ? 'sip' : 'webrtc',
    ...('group' in owner && owner.group.autoAttendInbound ? { autoAttendInbound: true } : {}),
    ...('group' in owner && owner.group.autoAttendDialer ? { autoAttendDialer: true } : {}),
    ...('group' in owner ? { dialing: agentDialRights(owner.group) } : {}),
  };
}

function pickAmd(settings: AmdSettings | null): TelephonyModel['amd'] {
  const source = settings ?? AMD_DEFAULTS;
  return {
    initialSilenceMs: source.initialSilenceMs,
    greetingMs: source.greetingMs,
    afterGreetingSilenceMs: source.afterGreetingSilenceMs,
    totalAnalysisTimeMs: source.totalAnalysisTimeMs,
    minWordLengthMs: source.minWordLengthMs,
    betweenWordsSilenceMs: source.betweenWordsSilenceMs,
    maximumNumberOfWords: source.maximumNumberOfWords,
    maximumWordLengthMs: source.maximumWordLengthMs,
    silenceThreshold: source.silenceThreshold,
  };
}
