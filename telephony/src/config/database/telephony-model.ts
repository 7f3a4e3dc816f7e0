import type { CallerIdentificationModel } from './caller-identifications-dialplan.js';
import type { DestinationModel } from './destination-dialplan.js';

/**
 * The part of the database that Asterisk's configuration depends on, as plain data: the
 * generators are pure functions of this and of DatabaseConfigurationOptions, so that they can
 * be snapshot-tested and their output hashed.
 */
export interface TelephonyModel {
  /** Agents' and supervisors' phones, of active and unlocked users only: no one else can register. */
  phones: SipPhone[];
  trunks: TrunkModel[];
  /** In matching order (OutboundRoute.position). */
  routes: OutboundRouteModel[];
  queues: CampaignQueueModel[];
  amd: AmdModel;
  /** Routes of the DIDs that take calls; any other DID is unallocated. */
  inboundRoutes?: InboundRouteModel[];
  /** Inbound campaigns (not deleted): each is a CAMPAIGN destination context. */
  inboundCampaigns?: InboundCampaignModel[];
  timeConditions?: TimeConditionModel[];
  ivrs?: IvrModel[];
  callerIdentifications?: CallerIdentificationModel[];
  customDestinations?: CustomDestinationModel[];
  /** extensions_custom.conf, the administrators' own dialplan. */
  customDialplan?: string;
  /** Music-on-hold playlists, by id; musiconhold.conf has a class for each one with audios. */
  mohPlaylists?: MohPlaylistModel[];
}

export interface MohPlaylistModel {
  id: string;
  /** AudioFile ids in playing order. */
  audioIds: string[];
}

export interface CustomDestinationModel {
  id: string;
  context: string;
  extension: string;
  priority: number;
  failover: DestinationModel;
}

export interface IvrModel {
  id: string;
  mainAudioId: string;
  timeoutSeconds: number;
  timeoutRetries: number;
  timeoutAudioId: string | null;
  timeoutDestination: DestinationModel;
  invalidRetries: number;
  invalidAudioId: string | null;
  invalidDestination: DestinationModel;
  options: Array<{ digit: string; destination: DestinationModel }>;
}

export interface TimeConditionModel {
  id: string;
  match: DestinationModel;
  otherwise: DestinationModel;
}

export interface InboundRouteModel {
  id: string;
  did: string;
  /** Digits the caller's number starts with; '' for every caller. */
  callerIdPrefix: string;
  /** CHANNEL(language) of the system prompts. */
  language: string;
  destination: DestinationModel;
}

export interface InboundCampaignModel {
  campaignId: string;
  /** Active: its callers queue. Otherwise they are refused as unallocated. */
  live: boolean;
}

export interface SipPhone {
  /** The SIP username and the endpoint name. */
  extension: string;
  secret: string;
  displayName: string;
  /** AgentProfile id for agents (the calls' SB_AGENT_ID); null for supervisors, who are no agent. */
  agentId: string | null;
  role: 'agent' | 'supervisor';
  /** webrtc: the console over WebSocket; sip: a desk phone or softphone over UDP. */
  transport: 'webrtc' | 'sip';
  /** Agents whose group auto-attends inbound calls: their phone is asked to answer by itself. */
  autoAttendInbound?: boolean;
  /** Agents whose group auto-attends dialer calls (autoAttendDialer): the same, for dialer calls. */
  autoAttendDialer?: boolean;
  /** What the phone may dial by itself (agentDialRights of the agent's group); absent: nothing. */
  dialing?: { externalNumbers: boolean; otherAgents: boolean };
}

export interface TrunkModel {
  name: string;
  callerId: string | null;
  maxChannels: number;
  /** The administrator's pjsip-wizard text. */
  sipDetails: string;
}

export interface DialPatternModel {
  prepend: string | null;
  prefix: string | null;
  pattern: string;
}

export interface OutboundRouteModel {
  /** OutboundRoute id: calls for a campaign go out by `switchboard-route-<id>` (agent calls). */
  id?: string;
  name: string;
  ringSeconds: number;
  dialOptions: string;
  patterns: DialPatternModel[];
  /** Trunk names in failover order. */
  trunks: string[];
}

export type QueueStrategyName =
  'ringall' | 'leastrecent' | 'fewestcalls' | 'random' | 'rrmemory' | 'rrordered' | 'linear' | 'wrandom';

export interface CampaignQueueModel {
  campaignId: string;
  campaignName: string;
  recordCalls: boolean;
  strategy: QueueStrategyName;
  /** Seconds an agent's phone rings. */
  ringSeconds: number;
  retrySeconds: number;
  wrapUpSeconds: number;
  /** Callers allowed to wait; 0 = unlimited. */
  maxCalls: number;
  serviceLevelSeconds: number;
  /** 0-10: higher wins agents shared with other queues. */
  priority: number;
  /** A MusicOnHoldPlaylist id with audios (class mohClassName(id)); null: Asterisk's default class. */
  musicOnHold: string | null;
  agentAnnouncement: string | null;
  announceHoldTime: 'yes' | 'no' | 'once';
  announcePosition: boolean;
  positionAnnounceFrequencySeconds: number;
  periodicAnnouncement: string | null;
  periodicAnnouncementFrequencySeconds: number;
  /** The campaign's auto-attend override; null or absent: each agent's group decides. */
  autoAttend?: boolean | null;
  /** Maximum wait in the queue before the failover destination; absent or 0: no limit. */
  queueTimeoutSeconds?: number;
  /** Played to callers before they join the queue. */
  entryAnnouncement?: string | null;
  /** IVR a waiting caller leaves to by pressing a key. */
  escapeIvrId?: string | null;
  /** Where callers go when the wait runs out or the queue is full; absent: hang up. */
  failover?: DestinationModel;
}

export interface AmdModel {
  initialSilenceMs: number;
  greetingMs: number;
  afterGreetingSilenceMs: number;
  totalAnalysisTimeMs: number;
  minWordLengthMs: number;
  betweenWordsSilenceMs: number;
  maximumNumberOfWords: number;
  maximumWordLengthMs: number;
  silenceThreshold: number;
}

export interface DatabaseConfigurationOptions {
  /** `from_domain` of webphone endpoints and the domain handed to webphones. */
  sipDomain: string;
  /** Address RTP of SIP (UDP) phones binds to: the SIP transport's, as for the trunks. */
  mediaAddress?: string;
  /** Where the dialplan asks the FastAGI server (do-not-call check). */
  agi: { host: string; port: number };
  recordings: {
    /** Absolute folder inside the chroot. */
    directory: string;
    /** File name below it, with {date}, {campaignId}, {callId}, {agentId} and {phone}. */
    fileNamePattern: string;
  };
}
