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
  /** DIDs routed into a live inbound campaign's queue; any other DID is unallocated. */
  inboundRoutes?: InboundRouteModel[];
}

export interface InboundRouteModel {
  did: string;
  campaignId: string;
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
  musicOnHold: string | null;
  agentAnnouncement: string | null;
  announceHoldTime: 'yes' | 'no' | 'once';
  announcePosition: boolean;
  positionAnnounceFrequencySeconds: number;
  periodicAnnouncement: string | null;
  periodicAnnouncementFrequencySeconds: number;
  /** The campaign's auto-attend override; null or absent: each agent's group decides. */
  autoAttend?: boolean | null;
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
