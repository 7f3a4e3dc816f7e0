import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

export type AgentActivity = {
  __typename?: 'AgentActivity';
  agentId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** Pause id, or ACW / SUPERVISOR for system pauses. */
  pauseId: Maybe<Scalars['String']['output']>;
  type: AgentActivityType;
};

export type AgentActivityConnection = {
  __typename?: 'AgentActivityConnection';
  nodes: Array<AgentActivity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Every field narrows the result; from is inclusive, to exclusive. */
export type AgentActivityFilter = {
  /** Agent profile id. */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  types?: InputMaybe<Array<AgentActivityType>>;
};

export type AgentActivityType =
  | 'LOGIN'
  | 'LOGOUT'
  | 'PAUSE'
  | 'UNPAUSE';

export type AgentGroup = {
  __typename?: 'AgentGroup';
  /** Agents may call other agents directly. */
  allowAgentToAgentCalls: Scalars['Boolean']['output'];
  /** Agents see their own dashboard. */
  allowDashboardAccess: Scalars['Boolean']['output'];
  /** Agents may put calls on hold. */
  allowHold: Scalars['Boolean']['output'];
  /** Agents may call numbers outside any campaign. */
  allowOutOfCampaignCalls: Scalars['Boolean']['output'];
  /** Agents may search and play their own recordings. */
  allowRecordingsAccess: Scalars['Boolean']['output'];
  /** Dialer calls connect without ringing. */
  autoAttendDialer: Scalars['Boolean']['output'];
  /** Inbound calls connect without ringing. */
  autoAttendInbound: Scalars['Boolean']['output'];
  /** Seconds in ACW before returning to READY; 0 = the agent unpauses. */
  autoUnpauseSeconds: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Every call made or received must be dispositioned. */
  forceDisposition: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type AgentGroupConnection = {
  __typename?: 'AgentGroupConnection';
  nodes: Array<AgentGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgentGroupFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** An agent's live state; OFFLINE agents have no session fields. */
export type AgentLiveState = {
  __typename?: 'AgentLiveState';
  agentId: Scalars['ID']['output'];
  /** When ACW ends by itself (auto-unpause). */
  autoUnpauseAt: Maybe<Scalars['DateTime']['output']>;
  callCampaignId: Maybe<Scalars['ID']['output']>;
  /** The call ringing, dialing, connected, or in ACW. */
  callId: Maybe<Scalars['ID']['output']>;
  /** Campaigns whose queues the agent is in. */
  campaignIds: Array<Scalars['ID']['output']>;
  contactId: Maybe<Scalars['ID']['output']>;
  /** The group forces a disposition: ACW lasts until the call is dispositioned. */
  dispositionPending: Scalars['Boolean']['output'];
  groupId: Scalars['ID']['output'];
  loggedInAt: Maybe<Scalars['DateTime']['output']>;
  /** The pause id while PAUSED, or ACW / SUPERVISOR. */
  pauseId: Maybe<Scalars['String']['output']>;
  pauseName: Maybe<Scalars['String']['output']>;
  /** The customer's number on the current call. */
  phone: Maybe<Scalars['String']['output']>;
  /** Registered phone: calls can reach the agent. */
  phoneRegistered: Scalars['Boolean']['output'];
  /** When the agent entered this state. */
  since: Scalars['DateTime']['output'];
  sipExtension: Scalars['Int']['output'];
  state: AgentState;
  userId: Scalars['ID']['output'];
  username: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type AgentPhoneType =
  | 'SIP'
  | 'WEBRTC';

export type AgentProfile = {
  __typename?: 'AgentProfile';
  createdAt: Scalars['DateTime']['output'];
  group: AgentGroup;
  id: Scalars['ID']['output'];
  phoneType: AgentPhoneType;
  sipExtension: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  user: User;
};

/** Makes the user an agent: its group and, optionally, its SIP extension. */
export type AgentProfileInput = {
  groupId: Scalars['ID']['input'];
  /** WEBRTC (the console) unless given. */
  phoneType?: InputMaybe<AgentPhoneType>;
  /** Free extension from 1000 upwards when omitted. */
  sipExtension?: InputMaybe<Scalars['Int']['input']>;
};

export type AgentState =
  | 'DIALING'
  | 'OFFLINE'
  | 'ON_CALL'
  | 'PAUSED'
  | 'READY'
  | 'RINGING'
  | 'UNAVAILABLE';

/** How many agents of the campaign are in one live state. */
export type AgentStateCount = {
  __typename?: 'AgentStateCount';
  count: Scalars['Int']['output'];
  state: AgentState;
};

/** One agent live-state change, or a snapshot row. */
export type AgentStateEvent = {
  __typename?: 'AgentStateEvent';
  agent: AgentLiveState;
  /** The state before; null in snapshots. */
  from: Maybe<AgentState>;
  /** Unique per event; snapshot rows get fresh ids. */
  id: Scalars['ID']['output'];
  kind: LiveEventKind;
  occurredAt: Scalars['DateTime']['output'];
};

export type AmdSettings = {
  __typename?: 'AmdSettings';
  afterGreetingSilenceMs: Scalars['Int']['output'];
  betweenWordsSilenceMs: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  greetingMs: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  initialSilenceMs: Scalars['Int']['output'];
  maximumNumberOfWords: Scalars['Int']['output'];
  maximumWordLengthMs: Scalars['Int']['output'];
  minWordLengthMs: Scalars['Int']['output'];
  /** Energy below which a sample counts as silence (0-32767). */
  silenceThreshold: Scalars['Int']['output'];
  totalAnalysisTimeMs: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** An uploaded audio Asterisk plays (IVRs, announcements, music on hold). */
export type AudioFile = {
  __typename?: 'AudioFile';
  createdAt: Scalars['DateTime']['output'];
  durationSeconds: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Unique name shown where audios are chosen. */
  name: Scalars['String']['output'];
  /** The name of the file as uploaded. */
  originalFileName: Scalars['String']['output'];
  /** Size of the converted file Asterisk plays, in bytes. */
  sizeBytes: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type BuiltInRole =
  | 'ADMINISTRATOR'
  | 'AGENT'
  | 'BASIC_SUPERVISOR'
  | 'MANAGER'
  | 'SUPERVISOR';

/** What the console shows of the contact of the agent's current call: the call's campaign, even one the agent is not assigned to (a call transferred in). */
export type CallCampaignView = {
  __typename?: 'CallCampaignView';
  /** Fields agents may not edit. */
  blockedContactFields: Array<Scalars['String']['output']>;
  /** Columns of the campaign's contact database; empty without one. */
  columns: Array<Scalars['String']['output']>;
  /** Fields the campaign hides from agents; never in the contact below. */
  hiddenContactFields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Phone columns of that database, the main one first. */
  phoneColumns: Array<Scalars['String']['output']>;
};

/** The contact of the agent's own current call, as the call's campaign shows it to agents. */
export type CallContactView = {
  __typename?: 'CallContactView';
  campaign: CallCampaignView;
  /** Without the fields the campaign hides; null while the call has no contact (an unknown caller). */
  contact: Maybe<Contact>;
  /** Whether the agent may edit the contact (updateCampaignContact) and dial its other numbers: only in its own campaigns. */
  editable: Scalars['Boolean']['output'];
};

export type CallEvent = {
  __typename?: 'CallEvent';
  agentId: Maybe<Scalars['String']['output']>;
  callId: Scalars['String']['output'];
  campaignId: Maybe<Scalars['String']['output']>;
  contactId: Maybe<Scalars['String']['output']>;
  data: Scalars['JSONObject']['output'];
  durationSeconds: Maybe<Scalars['Int']['output']>;
  /** Producer-side id; replays with the same key are ignored. */
  eventKey: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  phone: Maybe<Scalars['String']['output']>;
  recording: Maybe<Scalars['String']['output']>;
  type: CallEventType;
  waitSeconds: Maybe<Scalars['Int']['output']>;
};

export type CallEventConnection = {
  __typename?: 'CallEventConnection';
  nodes: Array<CallEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Every field narrows the result; from is inclusive, to exclusive. */
export type CallEventFilter = {
  /** Agent profile id. */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  callId?: InputMaybe<Scalars['String']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  types?: InputMaybe<Array<CallEventType>>;
};

export type CallEventType =
  | 'ABANDON'
  | 'ABANDONWEL'
  | 'AMD'
  | 'ANSWER'
  | 'ATTENDEDTRANSFER'
  | 'BLACKLIST'
  | 'BLINDTRANSFER'
  | 'BUSY'
  | 'CANCEL'
  | 'CHANUNAVAIL'
  | 'COMPLETEAGENT'
  | 'COMPLETEOUTNUM'
  | 'CONFERENCE'
  | 'CONGESTION'
  | 'CONNECT'
  | 'DIAL'
  | 'ENTERQUEUE'
  | 'EXITWITHTIMEOUT'
  | 'FAIL'
  | 'HOLD'
  | 'NOANSWER'
  | 'RECORDING_STARTED'
  | 'RECORDING_STOPPED'
  | 'SPY_MODE_CHANGE'
  | 'SPY_START'
  | 'SPY_STOP'
  | 'TRANSFER_CANCELLED'
  | 'UNHOLD';

/** One event of the call-event log, as it is written. */
export type CallEventUpdate = {
  __typename?: 'CallEventUpdate';
  agentId: Maybe<Scalars['ID']['output']>;
  callId: Scalars['String']['output'];
  campaignId: Maybe<Scalars['ID']['output']>;
  contactId: Maybe<Scalars['ID']['output']>;
  data: Scalars['JSONObject']['output'];
  durationSeconds: Maybe<Scalars['Int']['output']>;
  /** The log row's eventKey: a client that also reads the log dedupes by it. */
  eventKey: Scalars['String']['output'];
  /** Unique per delivery. */
  id: Scalars['ID']['output'];
  /** Always CHANGE: this subscription sends no snapshot. */
  kind: LiveEventKind;
  occurredAt: Scalars['DateTime']['output'];
  phone: Maybe<Scalars['String']['output']>;
  recording: Maybe<Scalars['String']['output']>;
  type: CallEventType;
  waitSeconds: Maybe<Scalars['Int']['output']>;
};

export type Callback = {
  __typename?: 'Callback';
  /** Owner of a PERSONAL callback. */
  agent: Maybe<User>;
  campaign: Campaign;
  contact: Contact;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: CallbackKind;
  note: Maybe<Scalars['String']['output']>;
  /** Number to call back; null for agents when the campaign hides its contacts' main phone. */
  phone: Maybe<Scalars['String']['output']>;
  scheduledAt: Scalars['DateTime']['output'];
  status: CallbackStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type CallbackConnection = {
  __typename?: 'CallbackConnection';
  nodes: Array<Callback>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CallbackFilter = {
  /** Owner (user id) of PERSONAL callbacks. */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** Scheduled at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<CallbackKind>;
  status?: InputMaybe<CallbackStatus>;
  /** Scheduled before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** PERSONAL: the agent's own agenda; GLOBAL: back to the dialer for any agent. */
export type CallbackKind =
  | 'GLOBAL'
  | 'PERSONAL';

/** The callback a CALLBACK disposition schedules ("agenda"). */
export type CallbackRequestInput = {
  /** PERSONAL: the agent's own; GLOBAL: back to the dialer (DIALER campaigns). */
  kind: CallbackKind;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Number to call back; the contact's main phone by default. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** In the future. */
  scheduledAt: Scalars['DateTime']['input'];
};

export type CallbackStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'PENDING';

export type CallerIdentification = {
  __typename?: 'CallerIdentification';
  /** Times the caller is asked before the not-identified destination. */
  attempts: Scalars['Int']['output'];
  /** Contact database the id is looked up in (external id; phone for CALLER_NUMBER). */
  contactDatabaseId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Seconds the CRM has to answer (at most 10); slower is not identified. */
  crmTimeoutSeconds: Scalars['Int']['output'];
  /** CRM endpoint (http or https) for the CRM interactions. */
  crmUrl: Maybe<Scalars['String']['output']>;
  /** Digits expected (DTMF); null: any length, ended by #. */
  expectedLength: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  identifiedDestination: Destination;
  /** Seconds to wait for the id after the prompt. */
  inputTimeoutSeconds: Scalars['Int']['output'];
  interaction: CallerIdentificationInteraction;
  name: Scalars['String']['output'];
  notIdentifiedDestination: Destination;
  /** AudioFile asking for the id (DTMF). */
  promptAudioId: Maybe<Scalars['ID']['output']>;
  source: CallerIdentificationSource;
  updatedAt: Scalars['DateTime']['output'];
};

export type CallerIdentificationConnection = {
  __typename?: 'CallerIdentificationConnection';
  nodes: Array<CallerIdentification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CallerIdentificationFilter = {
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type CallerIdentificationInteraction =
  | 'CRM_IDENTIFIES'
  | 'CRM_ROUTES'
  | 'NONE';

export type CallerIdentificationSource =
  | 'CALLER_NUMBER'
  | 'DTMF';

export type CallingWindow = {
  __typename?: 'CallingWindow';
  endDate: Maybe<Scalars['LocalDate']['output']>;
  /** No rules: any day, any time. */
  rules: Maybe<Array<CallingWindowRule>>;
  startDate: Maybe<Scalars['LocalDate']['output']>;
  /** IANA time zone, e.g. America/Argentina/Buenos_Aires. */
  timeZone: Maybe<Scalars['String']['output']>;
};

export type CallingWindowInput = {
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** No rules: any day, any time. */
  rules?: InputMaybe<Array<CallingWindowRuleInput>>;
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** IANA time zone, e.g. America/Argentina/Buenos_Aires. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type CallingWindowRule = {
  __typename?: 'CallingWindowRule';
  /** 24-hour HH:MM; after startTime. */
  endTime: Scalars['String']['output'];
  /** 24-hour HH:MM in the campaign time zone. */
  startTime: Scalars['String']['output'];
  weekdays: Array<Weekday>;
};

export type CallingWindowRuleInput = {
  /** 24-hour HH:MM; after startTime. */
  endTime: Scalars['String']['input'];
  /** 24-hour HH:MM in the campaign time zone. */
  startTime: Scalars['String']['input'];
  weekdays: Array<Weekday>;
};

export type Campaign = {
  __typename?: 'Campaign';
  agents: Array<CampaignAgent>;
  /** DIALER: a contact whose main phone is the main phone of a contact dialed before in this campaign is not dialed (outcome DUPLICATE). */
  avoidDuplicatePhones: Scalars['Boolean']['output'];
  /** Contact fields agents see but cannot edit. */
  blockedContactFields: Array<Scalars['String']['output']>;
  callingWindow: CallingWindow;
  /** Null as well when the viewer does not reach it (a template of another supervisor). */
  contactDatabase: Maybe<ContactDatabase>;
  createdAt: Scalars['DateTime']['output'];
  /** Replacements of the contact database, oldest first. Needs CAMPAIGNS_MANAGE or REPORTS_READ. */
  databaseHistory: Array<CampaignDatabaseChange>;
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** DIALER: digits dialed before every number of the campaign (the manual's "Prefijo discador"). */
  dialPrefix: Maybe<Scalars['String']['output']>;
  /** Agents get only the options that are not hidden. */
  dispositionOptions: Array<DispositionOption>;
  /** The campaign id in the external system. */
  externalId: Maybe<Scalars['String']['output']>;
  externalSystem: Maybe<ExternalSystem>;
  /** CRM page opened per call when interactionType is EXTERNAL_URL. */
  externalUrl: Maybe<Scalars['String']['output']>;
  /** Contact fields that never reach agents. */
  hiddenContactFields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  interactionType: InteractionType;
  /** Templates are never dialed; campaigns are created from them. */
  isTemplate: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Engaged dispositions expected; progress is shown against it. */
  objective: Scalars['Int']['output'];
  /** Caller id presented on calls through the outbound route. */
  outboundCallerId: Maybe<Scalars['String']['output']>;
  outboundRoute: Maybe<OutboundRoute>;
  /** PREVIEW: contact column marking contacts not to deliver: 0, false or no (any case) deactivate. */
  previewDeactivationColumn: Maybe<Scalars['String']['output']>;
  /** PREVIEW: minutes a delivered contact stays reserved for its agent before it is released. */
  previewDisconnectionMinutes: Scalars['Int']['output'];
  /** PREVIEW: how contacts are pre-assigned when it is activated. */
  previewInitialAssignment: PreviewAssignmentMode;
  queue: QueueSettings;
  recordCalls: Scalars['Boolean']['output'];
  retryRules: Array<RetryRule>;
  /** Agents see the campaign name when a call arrives. */
  showCampaignName: Scalars['Boolean']['output'];
  /** Script shown to agents on campaign calls. */
  speech: Maybe<Scalars['String']['output']>;
  state: CampaignState;
  supervisors: Array<User>;
  /** The template this campaign was created from. */
  template: Maybe<Campaign>;
  type: CampaignType;
  updatedAt: Scalars['DateTime']['output'];
};

export type CampaignAgent = {
  __typename?: 'CampaignAgent';
  agent: AgentProfile;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  penalty: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CampaignAgentInput = {
  /** An AgentProfile id. */
  agentId: Scalars['ID']['input'];
  /** 0 to 100; lower rings first. */
  penalty?: InputMaybe<Scalars['Int']['input']>;
};

export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  nodes: Array<Campaign>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A campaign's counters for today, in its time zone; call counters count distinct calls. */
export type CampaignCounters = {
  __typename?: 'CampaignCounters';
  /** Lost per 100 humans answered today; null before any. */
  abandonRatePercent: Maybe<Scalars['Float']['output']>;
  /** The same over the last 30 days (today included). */
  abandonRatePercent30Days: Maybe<Scalars['Float']['output']>;
  /** Agents with a call: ringing, dialing or talking. */
  agentsOnCall: Scalars['Int']['output'];
  /** Agents logged in to the campaign. */
  agentsOnline: Scalars['Int']['output'];
  /** Agents paused, after-call work included. */
  agentsPaused: Scalars['Int']['output'];
  /** Calls answered, humans and machines. */
  answered: Scalars['Int']['output'];
  campaignId: Scalars['ID']['output'];
  /** Calls connected to an agent. */
  connected: Scalars['Int']['output'];
  /** The day counted (YYYY-MM-DD in the campaign time zone). */
  day: Scalars['String']['output'];
  /** Calls dialed (customer leg). */
  dialed: Scalars['Int']['output'];
  /** Calls ringing now: dialed, neither answered nor ended. */
  dialingNow: Scalars['Int']['output'];
  /** Contacts dispositioned today with an ENGAGED option ("gestiones"). */
  engaged: Scalars['Int']['output'];
  /** Answered minus machines. */
  humansAnswered: Scalars['Int']['output'];
  /** Lost calls: the customer gave up or timed out waiting for an agent (abandoned). */
  lost: Scalars['Int']['output'];
  /** Answering machines (AMD). */
  machines: Scalars['Int']['output'];
  /** Dials that ended unanswered: no answer, busy, unavailable, congestion, failed. */
  notAnswered: Scalars['Int']['output'];
  /** Dialer campaigns: contacts still to dial (never dialed, pending or scheduled); null otherwise. */
  pending: Maybe<Scalars['Int']['output']>;
  timeZone: Scalars['String']['output'];
  /** When these numbers were read. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A campaign's counters: the current ones first (SNAPSHOT), then each change (CHANGE). */
export type CampaignCountersEvent = {
  __typename?: 'CampaignCountersEvent';
  counters: CampaignCounters;
  /** Unique per event; snapshot rows get fresh ids. */
  id: Scalars['ID']['output'];
  kind: LiveEventKind;
  occurredAt: Scalars['DateTime']['output'];
};

/** One replacement of a campaign's contact database; createdAt is when. */
export type CampaignDatabaseChange = {
  __typename?: 'CampaignDatabaseChange';
  /** The campaign state at the time: PAUSED or FINISHED. */
  campaignState: CampaignState;
  /** Who replaced it; null once that user is deleted. */
  changedBy: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  /** Null when the campaign had no database, or the viewer does not reach it. */
  fromDatabase: Maybe<ContactDatabase>;
  id: Scalars['ID']['output'];
  toDatabase: ContactDatabase;
  updatedAt: Scalars['DateTime']['output'];
};

export type CampaignFilter = {
  /** Templates (true) or campaigns (false). */
  isTemplate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Default: every state but DELETED; deleted campaigns are listed only when asked for. */
  states?: InputMaybe<Array<CampaignState>>;
  type?: InputMaybe<CampaignType>;
};

/** Campaign settings; only the fields given change. */
export type CampaignSettingsInput = {
  avoidDuplicatePhones?: InputMaybe<Scalars['Boolean']['input']>;
  /** Columns of the contact database agents cannot edit. */
  blockedContactFields?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only the fields given change. */
  callingWindow?: InputMaybe<CallingWindowInput>;
  /** Required for DIALER and PREVIEW campaigns. */
  contactDatabaseId?: InputMaybe<Scalars['ID']['input']>;
  /** DIALER: 1 to 16 digits, * or #; null: none. */
  dialPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Needs externalSystemId. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  externalSystemId?: InputMaybe<Scalars['ID']['input']>;
  /** http(s) URL; required when interactionType is EXTERNAL_URL. */
  externalUrl?: InputMaybe<Scalars['String']['input']>;
  /** Columns never shown to agents; disjoint from blocked. */
  hiddenContactFields?: InputMaybe<Array<Scalars['String']['input']>>;
  interactionType?: InputMaybe<InteractionType>;
  objective?: InputMaybe<Scalars['Int']['input']>;
  outboundCallerId?: InputMaybe<Scalars['String']['input']>;
  outboundRouteId?: InputMaybe<Scalars['ID']['input']>;
  /** PREVIEW: a column of the contact database; null: none. */
  previewDeactivationColumn?: InputMaybe<Scalars['String']['input']>;
  /** PREVIEW: 1 to 1440 minutes a delivered contact stays reserved. */
  previewDisconnectionMinutes?: InputMaybe<Scalars['Int']['input']>;
  previewInitialAssignment?: InputMaybe<PreviewAssignmentMode>;
  /** Only the fields given change. */
  queue?: InputMaybe<QueueSettingsInput>;
  recordCalls?: InputMaybe<Scalars['Boolean']['input']>;
  showCampaignName?: InputMaybe<Scalars['Boolean']['input']>;
  speech?: InputMaybe<Scalars['String']['input']>;
};

export type CampaignState =
  | 'ACTIVE'
  | 'DELETED'
  | 'FINISHED'
  | 'INACTIVE'
  | 'PAUSED';

export type CampaignStateEvent = {
  __typename?: 'CampaignStateEvent';
  campaignId: Scalars['ID']['output'];
  /** User who made the change. */
  changedBy: Maybe<Scalars['ID']['output']>;
  /** Null in snapshots. */
  from: Maybe<CampaignState>;
  /** Unique per event; snapshot rows get fresh ids. */
  id: Scalars['ID']['output'];
  kind: LiveEventKind;
  occurredAt: Scalars['DateTime']['output'];
  to: CampaignState;
};

export type CampaignType =
  | 'DIALER'
  | 'INBOUND'
  | 'MANUAL'
  | 'PREVIEW';

/** One row of a contact database. Fields hidden from agents are removed for them. */
export type Contact = {
  __typename?: 'Contact';
  createdAt: Scalars['DateTime']['output'];
  /** Column name to value, without the fields hidden from the viewer. */
  data: Scalars['JSONObject']['output'];
  database: ContactDatabase;
  /** Value of the external id column; null when hidden from the viewer. */
  externalId: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Main phone; null when hidden from the viewer. */
  phone: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ContactConnection = {
  __typename?: 'ContactConnection';
  nodes: Array<Contact>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A list of contacts with named columns; the first phone column is the main phone. */
export type ContactDatabase = {
  __typename?: 'ContactDatabase';
  /** Every column, in file order. */
  columns: Array<Scalars['String']['output']>;
  contactCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  externalIdColumn: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Columns holding phone numbers; the first is the main phone. */
  phoneColumns: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ContactDatabaseConnection = {
  __typename?: 'ContactDatabaseConnection';
  nodes: Array<ContactDatabase>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactDatabaseFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type ContactDatabaseImport = {
  __typename?: 'ContactDatabaseImport';
  database: ContactDatabase;
  /** Contacts created. */
  imported: Scalars['Int']['output'];
  /** Rows skipped by avoidDuplicates or skipContactsWithoutPhone. */
  skipped: Scalars['Int']['output'];
};

export type ContactFilter = {
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Any phone column equals this number (normalized). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive part of any column value. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** UPLOADING, then STAGED; an import then goes VALIDATING, IMPORTING, DONE. FAILED ends either. */
export type ContactImportPhase =
  | 'DONE'
  | 'FAILED'
  | 'IMPORTING'
  | 'STAGED'
  | 'UPLOADING'
  | 'VALIDATING';

/** Where an upload or an import of it stands. */
export type ContactImportProgress = {
  __typename?: 'ContactImportProgress';
  /** Unique per event; snapshot rows get fresh ids. */
  id: Scalars['ID']['output'];
  kind: LiveEventKind;
  occurredAt: Scalars['DateTime']['output'];
  phase: ContactImportPhase;
  /** With FAILED: how many problems were found. */
  problemCount: Maybe<Scalars['Int']['output']>;
  /** Rows uploaded, checked or imported so far in this phase. */
  rows: Scalars['Int']['output'];
  /** The contact database or do-not-call list being filled. */
  targetId: Maybe<Scalars['ID']['output']>;
  /** Rows in the file; null while uploading. */
  totalRows: Maybe<Scalars['Int']['output']>;
  uploadId: Scalars['ID']['output'];
};

export type CreateAgentGroupInput = {
  allowAgentToAgentCalls?: InputMaybe<Scalars['Boolean']['input']>;
  allowDashboardAccess?: InputMaybe<Scalars['Boolean']['input']>;
  allowHold?: InputMaybe<Scalars['Boolean']['input']>;
  allowOutOfCampaignCalls?: InputMaybe<Scalars['Boolean']['input']>;
  allowRecordingsAccess?: InputMaybe<Scalars['Boolean']['input']>;
  autoAttendDialer?: InputMaybe<Scalars['Boolean']['input']>;
  autoAttendInbound?: InputMaybe<Scalars['Boolean']['input']>;
  autoUnpauseSeconds?: InputMaybe<Scalars['Int']['input']>;
  forceDisposition?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};

export type CreateCallerIdentificationInput = {
  /** Default 1. */
  attempts?: InputMaybe<Scalars['Int']['input']>;
  contactDatabaseId?: InputMaybe<Scalars['ID']['input']>;
  /** Default 10 (the most). */
  crmTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  crmUrl?: InputMaybe<Scalars['String']['input']>;
  expectedLength?: InputMaybe<Scalars['Int']['input']>;
  identifiedDestination: DestinationInput;
  /** Default 5. */
  inputTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  interaction: CallerIdentificationInteraction;
  name: Scalars['String']['input'];
  notIdentifiedDestination: DestinationInput;
  promptAudioId?: InputMaybe<Scalars['ID']['input']>;
  /** Default DTMF. */
  source?: InputMaybe<CallerIdentificationSource>;
};

export type CreateCampaignInput = {
  avoidDuplicatePhones?: InputMaybe<Scalars['Boolean']['input']>;
  /** Columns of the contact database agents cannot edit. */
  blockedContactFields?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only the fields given change. */
  callingWindow?: InputMaybe<CallingWindowInput>;
  /** Required for DIALER and PREVIEW campaigns. */
  contactDatabaseId?: InputMaybe<Scalars['ID']['input']>;
  /** DIALER: 1 to 16 digits, * or #; null: none. */
  dialPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Needs externalSystemId. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  externalSystemId?: InputMaybe<Scalars['ID']['input']>;
  /** http(s) URL; required when interactionType is EXTERNAL_URL. */
  externalUrl?: InputMaybe<Scalars['String']['input']>;
  /** Columns never shown to agents; disjoint from blocked. */
  hiddenContactFields?: InputMaybe<Array<Scalars['String']['input']>>;
  interactionType?: InputMaybe<InteractionType>;
  /** Create a template, not a campaign. */
  isTemplate?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  objective?: InputMaybe<Scalars['Int']['input']>;
  outboundCallerId?: InputMaybe<Scalars['String']['input']>;
  outboundRouteId?: InputMaybe<Scalars['ID']['input']>;
  /** PREVIEW: a column of the contact database; null: none. */
  previewDeactivationColumn?: InputMaybe<Scalars['String']['input']>;
  /** PREVIEW: 1 to 1440 minutes a delivered contact stays reserved. */
  previewDisconnectionMinutes?: InputMaybe<Scalars['Int']['input']>;
  previewInitialAssignment?: InputMaybe<PreviewAssignmentMode>;
  /** Only the fields given change. */
  queue?: InputMaybe<QueueSettingsInput>;
  recordCalls?: InputMaybe<Scalars['Boolean']['input']>;
  showCampaignName?: InputMaybe<Scalars['Boolean']['input']>;
  speech?: InputMaybe<Scalars['String']['input']>;
  type: CampaignType;
};

export type CreateContactDatabaseInput = {
  /** Column names, unique and non-empty, in file order. */
  columns: Array<Scalars['String']['input']>;
  /** Column holding an id unique within the database. */
  externalIdColumn?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** At least one; each must be a column; the first is the main phone. */
  phoneColumns: Array<Scalars['String']['input']>;
};

export type CreateCustomDestinationInput = {
  context: Scalars['String']['input'];
  /** Default s. */
  extension?: InputMaybe<Scalars['String']['input']>;
  failoverDestination: DestinationInput;
  name: Scalars['String']['input'];
  /** Default 1. */
  priority?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateDispositionOptionInput = {
  campaignId: Scalars['ID']['input'];
  /** Required for ENGAGED options; not allowed for the others. */
  formId?: InputMaybe<Scalars['ID']['input']>;
  hidden?: InputMaybe<Scalars['Boolean']['input']>;
  /** Unique within the campaign. */
  name: Scalars['String']['input'];
  /** Order offered to agents; default: after the existing ones. */
  position?: InputMaybe<Scalars['Int']['input']>;
  type: DispositionType;
};

export type CreateDoNotCallListInput = {
  name: Scalars['String']['input'];
};

export type CreateExternalSystemInput = {
  externalAgentIds?: InputMaybe<Array<ExternalAgentIdInput>>;
  name: Scalars['String']['input'];
};

export type CreateFormInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  fields?: InputMaybe<Array<FormFieldInput>>;
  name: Scalars['String']['input'];
};

export type CreateInboundRouteInput = {
  /** Digits the caller number starts with; empty or absent: all. */
  callerIdPrefix?: InputMaybe<Scalars['String']['input']>;
  destination: DestinationInput;
  did: Scalars['String']['input'];
  /** Language of the system prompts (one installed on the PBX); default en. */
  language?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateIvrInput = {
  invalidAudioId?: InputMaybe<Scalars['ID']['input']>;
  invalidDestination: DestinationInput;
  /** Default 2. */
  invalidRetries?: InputMaybe<Scalars['Int']['input']>;
  mainAudioId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  options: Array<IvrOptionInput>;
  timeoutAudioId?: InputMaybe<Scalars['ID']['input']>;
  timeoutDestination: DestinationInput;
  /** Default 2. */
  timeoutRetries?: InputMaybe<Scalars['Int']['input']>;
  /** Default 5. */
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateMusicOnHoldPlaylistInput = {
  /** AudioFile ids in playing order. */
  audioIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name: Scalars['String']['input'];
};

export type CreateOutboundRouteInput = {
  dialOptions?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  patterns: Array<DialPatternInput>;
  ringSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Failover sequence: the first trunk is tried first. */
  trunkIds: Array<Scalars['ID']['input']>;
};

export type CreatePauseInput = {
  name: Scalars['String']['input'];
  type: PauseType;
};

/** Give exactly one of outcome and dispositionOptionId. */
export type CreateRetryRuleInput = {
  campaignId: Scalars['ID']['input'];
  /** Retry contacts dispositioned with this campaign's option. */
  dispositionOptionId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 100. */
  maxAttempts: Scalars['Int']['input'];
  /** Retry calls that ended this way. */
  outcome?: InputMaybe<RetryOutcome>;
  /** 1 second to 1 week. */
  retryAfterSeconds: Scalars['Int']['input'];
};

export type CreateRoleInput = {
  /** Add these roles' permissions (the manual's 'apply'). */
  applyRoleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Start from exactly this role's permissions (the manual's 'imitate'). */
  imitateRoleId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  permissions?: InputMaybe<Array<Permission>>;
};

export type CreateTimeConditionInput = {
  matchDestination: DestinationInput;
  name: Scalars['String']['input'];
  otherwiseDestination: DestinationInput;
  timeGroupId: Scalars['ID']['input'];
  /** IANA time zone, e.g. America/Argentina/Buenos_Aires. */
  timeZone: Scalars['String']['input'];
};

export type CreateTimeGroupInput = {
  name: Scalars['String']['input'];
  rules: Array<TimeRuleInput>;
};

export type CreateTrunkInput = {
  /** A dialable number; separators are removed. */
  callerId?: InputMaybe<Scalars['String']['input']>;
  maxChannels?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** pjsip wizard text: "key = value" lines, # or ; comments. */
  sipDetails: Scalars['String']['input'];
  template?: InputMaybe<TrunkTemplate>;
};

export type CreateUserInput = {
  /** Required when the role is an agent role. */
  agent?: InputMaybe<AgentProfileInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  roleId: Scalars['ID']['input'];
  username: Scalars['String']['input'];
};

export type CustomDestination = {
  __typename?: 'CustomDestination';
  context: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  extension: Scalars['String']['output'];
  /** Where calls go when context, extension and priority do not exist. */
  failoverDestination: Destination;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  priority: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CustomDestinationConnection = {
  __typename?: 'CustomDestinationConnection';
  nodes: Array<CustomDestination>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomDestinationFilter = {
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type CustomDialplan = {
  __typename?: 'CustomDialplan';
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type Destination = {
  __typename?: 'Destination';
  /** The node: a campaign, IVR, time condition... id; null for HANGUP. */
  id: Maybe<Scalars['ID']['output']>;
  type: DestinationType;
};

export type DestinationInput = {
  /** The node: a campaign, IVR, time condition... id; null for HANGUP. */
  id?: InputMaybe<Scalars['ID']['input']>;
  type: DestinationType;
};

export type DestinationType =
  | 'CALLER_IDENTIFICATION'
  | 'CAMPAIGN'
  | 'CUSTOM'
  | 'HANGUP'
  | 'IVR'
  | 'TIME_CONDITION';

/** An agent's manual call: a number, for a campaign or (when the group allows it) for none. */
export type DialManualInput = {
  /** The campaign the call is for; null: an out-of-campaign call. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** The contact called: one of manualCallCandidates. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** A new contact for the campaign's database ({column: value}); the main phone defaults to the number. */
  createContact?: InputMaybe<Scalars['JSONObject']['input']>;
  /** The number to dial; may be left out when phoneColumn names the contact's number to dial. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Dial this phone column of the contact instead of `phone`. */
  phoneColumn?: InputMaybe<Scalars['String']['input']>;
};

/** What became of a dialer attempt on a contact. */
export type DialOutcome =
  /** Not dialed: the number is on a do-not-call list. */
  | 'BLACKLISTED'
  /** The line was busy. */
  | 'BUSY'
  /** A human reached an agent. */
  | 'CONNECTED'
  /** Not dialed: an earlier contact of the campaign has this main phone (avoidDuplicatePhones). */
  | 'DUPLICATE'
  /** The trunk or Asterisk failed to place the call. */
  | 'FAILED'
  /** An answering machine (AMD). */
  | 'MACHINE'
  /** It rang until the dial timeout. */
  | 'NO_ANSWER'
  /** Not dialed: no number in the phone column. */
  | 'NO_PHONE'
  /** The call was refused or the number does not exist. */
  | 'REJECTED'
  /** Hung up by the dialer while it rang: more humans were coming than agents; tried again later. */
  | 'SURPLUS'
  /** A human answered and no agent took the call within 2 s (abandoned). */
  | 'TIMEOUT';

/** Dialer contacts of a campaign whose last attempt had one outcome. */
export type DialOutcomeCount = {
  __typename?: 'DialOutcomeCount';
  count: Scalars['Int']['output'];
  outcome: DialOutcome;
};

export type DialPattern = {
  __typename?: 'DialPattern';
  pattern: Scalars['String']['output'];
  /** Digits dialed by the user, removed before dialing. */
  prefix: Maybe<Scalars['String']['output']>;
  /** Digits added in front before dialing. */
  prepend: Maybe<Scalars['String']['output']>;
};

export type DialPatternInput = {
  pattern: Scalars['String']['input'];
  /** Digits dialed by the user, removed before dialing. */
  prefix?: InputMaybe<Scalars['String']['input']>;
  /** Digits added in front before dialing. */
  prepend?: InputMaybe<Scalars['String']['input']>;
};

/** A dialer campaign's hopper: what is left to dial (the manual's pending calls). */
export type DialerCampaignProgress = {
  __typename?: 'DialerCampaignProgress';
  campaignId: Scalars['ID']['output'];
  counts: Array<DialerContactCount>;
  /** Calls on now. */
  dialing: Scalars['Int']['output'];
  done: Scalars['Int']['output'];
  /** Contacts of the database never dialed yet (no hopper row). */
  fresh: Scalars['Int']['output'];
  /** Contacts by the outcome of their last attempt (none yet: not counted). */
  outcomes: Array<DialOutcomeCount>;
  /** Ready to dial now. */
  pending: Scalars['Int']['output'];
  /** Pending calls: fresh + pending + scheduled + dialing. */
  pendingCalls: Scalars['Int']['output'];
  /** Retries and callbacks waiting for their time. */
  scheduled: Scalars['Int']['output'];
};

/** Dialer contacts of a campaign with one status and source. */
export type DialerContactCount = {
  __typename?: 'DialerContactCount';
  count: Scalars['Int']['output'];
  source: DialerContactSource;
  status: DialerContactStatus;
};

export type DialerContactSource =
  | 'CALLBACK'
  | 'FRESH'
  | 'RETRY';

export type DialerContactStatus =
  | 'DIALING'
  | 'DONE'
  | 'PENDING'
  | 'SCHEDULED';

export type DialerPacing =
  | 'PREDICTIVE'
  | 'PROGRESSIVE'
  | 'RATIO';

/** A campaign's pacing decision: the current one first (SNAPSHOT), then each new one (CHANGE). */
export type DialerPacingEvent = {
  __typename?: 'DialerPacingEvent';
  /** Unique per event; snapshot rows get fresh ids. */
  id: Scalars['ID']['output'];
  kind: LiveEventKind;
  occurredAt: Scalars['DateTime']['output'];
  /** null: no dialer decides for the campaign now (none holds it, or it stopped dialing). */
  pacing: Maybe<DialerPacingState>;
};

/** The dialer's latest pacing decision for a campaign: what it saw and what it did. */
export type DialerPacingState = {
  __typename?: 'DialerPacingState';
  /** The campaign's abandonment target, in percent. */
  abandonTargetPercent: Maybe<Scalars['Float']['output']>;
  agentsLoggedIn: Scalars['Int']['output'];
  agentsReady: Scalars['Int']['output'];
  /** Calls originated and not yet answered by a human or ended (ringing or in AMD). */
  callsInFlight: Scalars['Int']['output'];
  campaignId: Scalars['ID']['output'];
  /** When the dialer decided. */
  decidedAt: Scalars['DateTime']['output'];
  /** Lines per ready agent the mode dials at: the boost (progressive, predictive while warming up), the dial ratio (ratio), the adaptive level (vicidial-adaptive); null when the mode works from a forecast instead. */
  dialLevel: Maybe<Scalars['Float']['output']>;
  /** Predictive: agents expected free when the humans of calls placed now would arrive; null when there is no forecast. */
  forecastFreeAgents: Maybe<Scalars['Float']['output']>;
  /** Humans answered and waiting for an agent. */
  humansWaiting: Scalars['Int']['output'];
  /** Calls this decision placed. */
  lastOriginated: Scalars['Int']['output'];
  /** Pacing mode in force: progressive, predictive, ratio or vicidial-adaptive. */
  mode: Scalars['String']['output'];
};

/** The first disposition of a contact in a campaign creates it; later ones change it. */
export type DisposeContactInput = {
  /** ENGAGED options: form answers by field name. Other options: none. */
  answers?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Call being dispositioned, when there is one. */
  callId?: InputMaybe<Scalars['String']['input']>;
  /** Required by CALLBACK options, refused by others. */
  callback?: InputMaybe<CallbackRequestInput>;
  campaignId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Leave it out to disposition your own call (callId) that has no contact: one is created with the caller's number. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  optionId: Scalars['ID']['input'];
};

export type Disposition = {
  __typename?: 'Disposition';
  /** Who dispositioned last. */
  agent: Maybe<User>;
  /** Form answers of an ENGAGED disposition, by field name. */
  answers: Scalars['JSONObject']['output'];
  /** Call that produced it, when there was one. */
  callId: Maybe<Scalars['String']['output']>;
  campaign: Campaign;
  comment: Maybe<Scalars['String']['output']>;
  contact: Contact;
  createdAt: Scalars['DateTime']['output'];
  /** Every version, oldest first; the last is the current one. */
  history: Array<DispositionChange>;
  id: Scalars['ID']['output'];
  option: DispositionOption;
  /** Number of versions so far (1 for a first disposition); the history length. */
  revision: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type DispositionChange = {
  __typename?: 'DispositionChange';
  agent: Maybe<User>;
  answers: Scalars['JSONObject']['output'];
  /** Call that produced this version, when there was one. */
  callId: Maybe<Scalars['String']['output']>;
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  option: DispositionOption;
  /** 1 for the first version, then 2, 3...: the order of the history. */
  revision: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type DispositionConnection = {
  __typename?: 'DispositionConnection';
  nodes: Array<Disposition>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How many contacts were dispositioned today with one option. */
export type DispositionCount = {
  __typename?: 'DispositionCount';
  /** Contacts dispositioned today with this option (each contact once per option). */
  count: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  optionId: Scalars['ID']['output'];
};

export type DispositionFilter = {
  /** User who dispositioned last. */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  optionId?: InputMaybe<Scalars['ID']['input']>;
};

export type DispositionOption = {
  __typename?: 'DispositionOption';
  createdAt: Scalars['DateTime']['output'];
  /** Required for ENGAGED options. */
  form: Maybe<Form>;
  /** Hidden options are kept for history but not offered to agents. */
  hidden: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  type: DispositionType;
  updatedAt: Scalars['DateTime']['output'];
};

export type DispositionOptionConnection = {
  __typename?: 'DispositionOptionConnection';
  nodes: Array<DispositionOption>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DispositionOptionFilter = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  hidden?: InputMaybe<Scalars['Boolean']['input']>;
};

/** NO_ACTION: a plain outcome; ENGAGED: opens a form ("gestión"); CALLBACK: schedules a call back ("agenda"). */
export type DispositionType =
  | 'CALLBACK'
  | 'ENGAGED'
  | 'NO_ACTION';

/** Numbers never to dial (the manual's blacklist). */
export type DoNotCallList = {
  __typename?: 'DoNotCallList';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  numberCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type DoNotCallListConnection = {
  __typename?: 'DoNotCallListConnection';
  nodes: Array<DoNotCallList>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DoNotCallListFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type DoNotCallNumber = {
  __typename?: 'DoNotCallNumber';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  phone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type DoNotCallNumberConnection = {
  __typename?: 'DoNotCallNumberConnection';
  nodes: Array<DoNotCallNumber>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DoNotCallNumberFilter = {
  /** Part of the number; separators are ignored. */
  phoneContains?: InputMaybe<Scalars['String']['input']>;
};

export type DoNotCallNumbersAdded = {
  __typename?: 'DoNotCallNumbersAdded';
  /** Numbers that were not on the list before. */
  added: Scalars['Int']['output'];
  /** Numbers already on the list, or repeated in the request. */
  ignored: Scalars['Int']['output'];
  /** The list, with its new numberCount. */
  list: DoNotCallList;
};

export type DoNotCallNumbersRemoved = {
  __typename?: 'DoNotCallNumbersRemoved';
  /** The list, with its new numberCount. */
  list: DoNotCallList;
  /** Numbers that were not on the list. */
  notFound: Scalars['Int']['output'];
  removed: Scalars['Int']['output'];
};

export type ExternalAgentId = {
  __typename?: 'ExternalAgentId';
  /** The agent profile id (AgentProfile.id). */
  agentId: Scalars['ID']['output'];
  /** The agent's id in the external system. */
  externalId: Scalars['String']['output'];
};

export type ExternalAgentIdInput = {
  /** The agent profile id (AgentProfile.id). */
  agentId: Scalars['ID']['input'];
  /** The agent's id in the external system. */
  externalId: Scalars['String']['input'];
};

export type ExternalSystem = {
  __typename?: 'ExternalSystem';
  /** Agents of campaigns linked to this system that have no external id here. */
  agentsWithoutExternalId: Array<AgentProfile>;
  createdAt: Scalars['DateTime']['output'];
  externalAgentIds: Array<ExternalAgentId>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ExternalSystemConnection = {
  __typename?: 'ExternalSystemConnection';
  nodes: Array<ExternalSystem>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExternalSystemFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** What an agent fills in for an ENGAGED disposition (a "gestión"). */
export type Form = {
  __typename?: 'Form';
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  fields: Array<FormField>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type FormConnection = {
  __typename?: 'FormConnection';
  nodes: Array<Form>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FormField = {
  __typename?: 'FormField';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** Key of the answer, unique within the form. */
  name: Scalars['String']['output'];
  /** Choices of a LIST field. */
  options: Array<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
  required: Scalars['Boolean']['output'];
  type: FormFieldType;
  updatedAt: Scalars['DateTime']['output'];
};

/** One field of a form; its position is its place in the list. */
export type FormFieldInput = {
  label: Scalars['String']['input'];
  /** Identifier (letters, digits, _; not starting with a digit), unique in the form. */
  name: Scalars['String']['input'];
  /** LIST fields: at least one choice. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  type: FormFieldType;
};

export type FormFieldType =
  | 'DATE'
  | 'LIST'
  | 'NUMBER'
  | 'TEXT'
  | 'TEXTAREA';

export type FormFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type HoldTimeAnnouncement =
  | 'NO'
  | 'ONCE'
  | 'YES';

/** Defines a contact database from a staged upload (POST /uploads/csv). */
export type ImportContactDatabaseInput = {
  /** The manual's "avoid duplicates": skip rows whose main phone repeats an earlier row's. */
  avoidDuplicates?: Scalars['Boolean']['input'];
  /** Header name of a column holding an id, required and unique within the file. */
  externalIdColumn?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Header names of the phone columns; the first is the main phone. */
  phoneColumns: Array<Scalars['String']['input']>;
  /** The manual's "avoid contacts without phone": skip rows without a main phone instead of failing. */
  skipContactsWithoutPhone?: Scalars['Boolean']['input'];
  /** uploadId answered by POST /uploads/csv. */
  uploadId: Scalars['ID']['input'];
};

/** Adds the numbers of one column of a staged upload (POST /uploads/csv) to a list. */
export type ImportDoNotCallNumbersInput = {
  listId: Scalars['ID']['input'];
  /** Header name of the column holding the numbers. */
  phoneColumn: Scalars['String']['input'];
  /** uploadId answered by POST /uploads/csv. */
  uploadId: Scalars['ID']['input'];
};

/** A campaign queue now (callers waiting, agents by state) and today's inbound counters (distinct calls of the day in the campaign's time zone, from the call-event log). */
export type InboundQueueStats = {
  __typename?: 'InboundQueueStats';
  /** Callers who hung up while waiting in the queue (ABANDON). */
  abandoned: Scalars['Int']['output'];
  /** Callers who hung up during the welcome message, before the queue (ABANDONWEL). */
  abandonedDuringWelcome: Scalars['Int']['output'];
  /** Agents of the campaign (in its queue) by live state, logged-out agents not counted; states with none left out. */
  agentsByState: Array<AgentStateCount>;
  /** Calls taken by an agent from the queue (CONNECT). */
  answered: Scalars['Int']['output'];
  /** Average seconds of conversation of the calls completed today (COMPLETEAGENT / COMPLETEOUTNUM); null before any. */
  averageTalkSeconds: Maybe<Scalars['Float']['output']>;
  /** Average seconds answered calls waited in the queue before an agent took them; null before any. */
  averageWaitSeconds: Maybe<Scalars['Float']['output']>;
  campaignId: Scalars['ID']['output'];
  /** The day counted (YYYY-MM-DD in the campaign time zone). */
  day: Scalars['String']['output'];
  /** Callers who waited the queue's whole timeout without an agent (EXITWITHTIMEOUT). */
  expired: Scalars['Int']['output'];
  /** Join time of the caller waiting longest; null when none waits. */
  longestWaitSince: Maybe<Scalars['DateTime']['output']>;
  /** Service level: calls answered within serviceLevelSeconds of waiting, per 100 calls offered, where offered = answered + abandoned + abandonedDuringWelcome + expired (calls still waiting are not offered yet); null while nothing was offered. */
  serviceLevelPercent: Maybe<Scalars['Float']['output']>;
  /** The campaign queue's service-level threshold in seconds. */
  serviceLevelSeconds: Scalars['Int']['output'];
  timeZone: Scalars['String']['output'];
  /** When these numbers were read. */
  updatedAt: Scalars['DateTime']['output'];
  /** Callers waiting in the queue now, in queue order. */
  waiting: Array<WaitingCaller>;
};

/** A campaign queue's stats: the current ones first (SNAPSHOT), then each change (CHANGE). */
export type InboundQueueStatsEvent = {
  __typename?: 'InboundQueueStatsEvent';
  /** Unique per event; snapshot rows get fresh ids. */
  id: Scalars['ID']['output'];
  kind: LiveEventKind;
  occurredAt: Scalars['DateTime']['output'];
  stats: InboundQueueStats;
};

export type InboundRoute = {
  __typename?: 'InboundRoute';
  /** Only callers whose number starts with these digits; empty: every caller. A longer prefix wins. */
  callerIdPrefix: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  destination: Destination;
  /** The dialled number as the carrier sends it: digits, optionally a leading +. */
  did: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Language of the system prompts (CHANNEL(language)), e.g. en. */
  language: Scalars['String']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type InboundRouteConnection = {
  __typename?: 'InboundRouteConnection';
  nodes: Array<InboundRoute>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InboundRouteFilter = {
  /** Routes whose destination is this node. */
  destinationId?: InputMaybe<Scalars['ID']['input']>;
  destinationType?: InputMaybe<DestinationType>;
  /** Part of the DID. */
  didContains?: InputMaybe<Scalars['String']['input']>;
};

/** FORM: the campaign's dispositions and forms; EXTERNAL_URL: a CRM page per call. */
export type InteractionType =
  | 'EXTERNAL_URL'
  | 'FORM';

export type Ivr = {
  __typename?: 'Ivr';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** AudioFile played on each invalid key. */
  invalidAudioId: Maybe<Scalars['ID']['output']>;
  invalidDestination: Destination;
  /** Times the menu is played again after an invalid key before the invalid destination. */
  invalidRetries: Scalars['Int']['output'];
  /** AudioFile played as the menu. */
  mainAudioId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  options: Array<IvrOption>;
  /** AudioFile played on each timeout. */
  timeoutAudioId: Maybe<Scalars['ID']['output']>;
  timeoutDestination: Destination;
  /** Times the menu is played again after a timeout before the timeout destination. */
  timeoutRetries: Scalars['Int']['output'];
  /** Seconds to wait for a key after the main audio. */
  timeoutSeconds: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type IvrConnection = {
  __typename?: 'IvrConnection';
  nodes: Array<Ivr>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IvrFilter = {
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type IvrOption = {
  __typename?: 'IvrOption';
  destination: Destination;
  /** One of 0-9, * or #. */
  digit: Scalars['String']['output'];
};

export type IvrOptionInput = {
  destination: DestinationInput;
  /** One of 0-9, * or #. */
  digit: Scalars['String']['input'];
};

/** SNAPSHOT rows come first, then CHANGE deltas. */
export type LiveEventKind =
  | 'CHANGE'
  | 'SNAPSHOT';

export type LoginPayload = {
  __typename?: 'LoginPayload';
  expiresAt: Scalars['DateTime']['output'];
  /** Send as "Authorization: Bearer <token>", or as connectionParams.authorization on WebSocket. */
  token: Scalars['String']['output'];
  user: User;
};

export type MusicOnHoldPlaylist = {
  __typename?: 'MusicOnHoldPlaylist';
  /** AudioFile ids in playing order. */
  audioIds: Array<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The audios in playing order. */
  files: Array<AudioFile>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Whether a queue may choose it: it holds at least one audio. */
  selectable: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** INACTIVE -> ACTIVE, once it has what it needs to run. */
  activateCampaign: Campaign;
  /** Adds the group's agents; agents already assigned keep their penalty. */
  addAgentGroupToCampaign: Campaign;
  /** All numbers are checked first: one invalid number fails the call and nothing is written. */
  addDoNotCallNumbers: DoNotCallNumbersAdded;
  /** Logs the agent in: its phone joins its active campaigns' queues. Again while logged in: re-reads them. */
  agentLogin: AgentLiveState;
  /** Leaves every queue. Refused during a call. */
  agentLogout: AgentLiveState;
  /** Pauses in every queue with one of the active pauses. */
  agentPause: AgentLiveState;
  /** Back to READY, from a pause or from ACW; refused while a forced disposition is owed. */
  agentUnpause: AgentLiveState;
  /** Deals the waiting contacts to the campaign’s agents (PROPORTIONAL, RANDOM) or frees them (NONE). */
  assignPreviewContacts: PreviewAssignmentSummary;
  /** Rings the agent's phone, then another agent's (logged in, not on a call), when the group allows it. */
  callAgent: PlacedAgentCall;
  /** Calls the contact the agent holds, on its main phone or the given phone column. */
  callPreviewContact: PreviewCall;
  /** Ends the consultation: the agent talks to the customer again. */
  cancelCallTransfer: Scalars['Boolean']['output'];
  cancelCallback: Callback;
  /** Changes your own password; your other tokens stop working. */
  changePassword: User;
  /** Completes the consultative transfer: the customer and the target talk. */
  completeCallTransfer: Scalars['Boolean']['output'];
  /** Turns the consultation into a three-way conference. */
  conferenceCall: Scalars['Boolean']['output'];
  createAgentGroup: AgentGroup;
  createCallerIdentification: CallerIdentification;
  createCampaign: Campaign;
  /** Adds a contact to the campaign's database (data: {column: value}; the main phone is required, the external id unique). Supervisors of the campaign, and its agents, who may set blocked fields but not hidden ones. */
  createCampaignContact: Contact;
  /** A new INACTIVE campaign with the template's settings, options, rules and people. */
  createCampaignFromTemplate: Campaign;
  /** data: {column: value}; the main phone is required. */
  createContact: Contact;
  createContactDatabase: ContactDatabase;
  createCustomDestination: CustomDestination;
  createDispositionOption: DispositionOption;
  createDoNotCallList: DoNotCallList;
  createExternalSystem: ExternalSystem;
  createForm: Form;
  createInboundRoute: InboundRoute;
  createIvr: Ivr;
  createMusicOnHoldPlaylist: MusicOnHoldPlaylist;
  createOutboundRoute: OutboundRoute;
  createPause: Pause;
  createRetryRule: RetryRule;
  createRole: Role;
  createTimeCondition: TimeCondition;
  createTimeGroup: TimeGroup;
  createTrunk: Trunk;
  createUser: User;
  /** Returns the deleted id. */
  deleteAgentGroup: Scalars['ID']['output'];
  /** Refused with AUDIO_IN_USE (details.uses) while anything plays it. */
  deleteAudioFile: Scalars['Boolean']['output'];
  /** Returns the deleted id. */
  deleteCallerIdentification: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteCampaign: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteContact: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteContactDatabase: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteCustomDestination: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteDispositionOption: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteDoNotCallList: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteExternalSystem: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteForm: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteInboundRoute: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteIvr: Scalars['ID']['output'];
  /** Refused with AUDIO_IN_USE (details.uses) while a campaign queue plays it. */
  deleteMusicOnHoldPlaylist: Scalars['Boolean']['output'];
  /** Returns the deleted id. */
  deleteOutboundRoute: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deletePause: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteRetryRule: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteRole: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteTimeCondition: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteTimeGroup: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteTrunk: Scalars['ID']['output'];
  /** Returns the deleted id. */
  deleteUser: Scalars['ID']['output'];
  /** Rings the agent's phone, then the number (through the campaign's outbound route, with its caller id). Without contactId nor createContact the call is unidentified; without campaignId it is out of campaign. */
  dialManual: PlacedAgentCall;
  /** Creates or changes the contact's one disposition in the campaign; every call adds a history entry. */
  disposeContact: Disposition;
  /** ACTIVE or PAUSED -> FINISHED. */
  finishCampaign: Campaign;
  /** A supervisor logs an agent out, even mid-call (the call goes on). */
  forceAgentLogout: AgentLiveState;
  /** A supervisor pauses an agent of its campaigns: with a pause, or the SUPERVISOR system pause. */
  forceAgentPause: AgentLiveState;
  /** A supervisor ends an agent’s pause. */
  forceAgentUnpause: AgentLiveState;
  /** Hangs up the agent's current call. */
  hangupCall: Scalars['Boolean']['output'];
  /** The customer hears music on hold (if the agent group allows hold). */
  holdCall: Scalars['Boolean']['output'];
  /** Creates a contact database from an upload (POST /uploads/csv), all or nothing: any invalid row fails it with up to 100 problems (details.problems: row, column, message). */
  importContactDatabase: ContactDatabaseImport;
  /** Adds an upload's column of numbers to a do-not-call list, all or nothing, as addDoNotCallNumbers. */
  importDoNotCallNumbers: DoNotCallNumbersAdded;
  /** Three failed attempts in a row lock the user. Repeated failures per username and per client address are throttled: AUTH_THROTTLED (HTTP 429) with details.retryAfterSeconds. */
  login: LoginPayload;
  markCallbackDone: Callback;
  /** The contact the agent holds in the preview campaign, or the next one, reserved for the campaign’s disconnection time; null when no contact is left. Needs a logged-in agent assigned to the ACTIVE campaign. */
  nextPreviewContact: Maybe<PreviewContact>;
  /** ACTIVE -> PAUSED. */
  pauseCampaign: Campaign;
  /** Recycles a FINISHED or PAUSED campaign (the manual's "Reciclar") in the background; follow it with recycleProgress(jobId: <the returned id>). SAME: the selected contacts go back to the dialer in this campaign, activate (or resume) it to dial them; NEW_CAMPAIGN: an INACTIVE copy of the campaign with a new contact database holding copies of the selected contacts. */
  recycleCampaign: RecycleRun;
  /** Skips the contact the agent holds: it goes back to the others. */
  releasePreviewContact: PreviewAssignment;
  removeCampaignAgent: Campaign;
  removeDoNotCallNumbers: DoNotCallNumbersRemoved;
  renameAudioFile: AudioFile;
  /** Sets the order routes are matched in; ids must list every route exactly once. */
  reorderOutboundRoutes: Array<OutboundRoute>;
  /** The manual's "Contact database rotation": a PAUSED or FINISHED campaign continues with another database of the same structure; dispositions of the earlier contacts stay; recorded in databaseHistory. */
  replaceCampaignContactDatabase: Campaign;
  /** A pending callback, to a time in the future; note replaces the note when given. */
  rescheduleCallback: Callback;
  /** PAUSED -> ACTIVE. */
  resumeCampaign: Campaign;
  /** Gives the user's phone a new SIP secret (yours, or a user's you may manage); the old one stops registering once the configuration is applied. Read the new one with mySipCredentials. */
  rotateSipCredentials: Scalars['Boolean']['output'];
  /** A new template with the campaign's settings, options, rules and people. */
  saveCampaignAsTemplate: Campaign;
  /** Replaces the agents and their penalties. */
  setCampaignAgents: Campaign;
  /** Replaces the supervisors; each needs the SUPERVISION permission. */
  setCampaignSupervisors: Campaign;
  /** Supervisors: calls your own webphone (it answers by itself) and listens to the agent's call in this mode; when you already spy on that call, changes the mode on the same call. FORBIDDEN outside your campaigns, CONFLICT when the agent has no call, BAD_USER_INPUT when you have no registered phone. */
  spyAgent: SpySession;
  /** Starts recording the current call (campaigns that do not record all); returns the file. */
  startCallRecording: Scalars['String']['output'];
  /** Stops the on-demand recording of the current call. */
  stopCallRecording: Scalars['Boolean']['output'];
  /** Ends your spy session (hangs up your spy call); false when you have none. */
  stopSpying: Scalars['Boolean']['output'];
  /** Marks the current call's recording, with a note. */
  tagCallRecording: RecordingTag;
  /** Transfers the current call to an agent, a number or an inbound campaign, blind or after consulting. */
  transferCall: Scalars['Boolean']['output'];
  /** Back to talking with the customer. */
  unholdCall: Scalars['Boolean']['output'];
  /** Administrators only: clears a lockout and the login throttle of the user. */
  unlockUser: User;
  updateAgentGroup: AgentGroup;
  /** Changes the fields given; Asterisk reloads amd.conf. */
  updateAmdSettings: AmdSettings;
  updateCallerIdentification: CallerIdentification;
  updateCampaign: Campaign;
  /** An agent's edit, within the campaign's blocked and hidden fields. */
  updateCampaignContact: Contact;
  /** Changes the given columns only; null or "" empties one. */
  updateContact: Contact;
  updateContactDatabase: ContactDatabase;
  updateCustomDestination: CustomDestination;
  /** Replaces extensions_custom.conf; a content Asterisk does not load is rolled back and reported. */
  updateCustomDialplan: CustomDialplan;
  updateDispositionOption: DispositionOption;
  updateDoNotCallList: DoNotCallList;
  updateExternalSystem: ExternalSystem;
  updateForm: Form;
  updateInboundRoute: InboundRoute;
  updateIvr: Ivr;
  /** Renames or reorders; a playlist a queue plays cannot become empty (AUDIO_EMPTY_PLAYLIST). */
  updateMusicOnHoldPlaylist: MusicOnHoldPlaylist;
  updateOutboundRoute: OutboundRoute;
  updatePause: Pause;
  updateRetryRule: RetryRule;
  updateRole: Role;
  updateTimeCondition: TimeCondition;
  updateTimeGroup: TimeGroup;
  updateTrunk: Trunk;
  updateUser: User;
};


export type MutationActivateCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddAgentGroupToCampaignArgs = {
  campaignId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  penalty?: Scalars['Int']['input'];
};


export type MutationAddDoNotCallNumbersArgs = {
  listId: Scalars['ID']['input'];
  phones: Array<Scalars['String']['input']>;
};


export type MutationAgentPauseArgs = {
  pauseId: Scalars['ID']['input'];
};


export type MutationAssignPreviewContactsArgs = {
  campaignId: Scalars['ID']['input'];
  mode: PreviewAssignmentMode;
};


export type MutationCallAgentArgs = {
  agentId: Scalars['ID']['input'];
};


export type MutationCallPreviewContactArgs = {
  assignmentId: Scalars['ID']['input'];
  phoneColumn?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelCallbackArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateAgentGroupArgs = {
  input: CreateAgentGroupInput;
};


export type MutationCreateCallerIdentificationArgs = {
  input: CreateCallerIdentificationInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateCampaignContactArgs = {
  campaignId: Scalars['ID']['input'];
  data: Scalars['JSONObject']['input'];
};


export type MutationCreateCampaignFromTemplateArgs = {
  name: Scalars['String']['input'];
  overrides?: InputMaybe<CampaignSettingsInput>;
  templateId: Scalars['ID']['input'];
};


export type MutationCreateContactArgs = {
  data: Scalars['JSONObject']['input'];
  databaseId: Scalars['ID']['input'];
};


export type MutationCreateContactDatabaseArgs = {
  input: CreateContactDatabaseInput;
};


export type MutationCreateCustomDestinationArgs = {
  input: CreateCustomDestinationInput;
};


export type MutationCreateDispositionOptionArgs = {
  input: CreateDispositionOptionInput;
};


export type MutationCreateDoNotCallListArgs = {
  input: CreateDoNotCallListInput;
};


export type MutationCreateExternalSystemArgs = {
  input: CreateExternalSystemInput;
};


export type MutationCreateFormArgs = {
  input: CreateFormInput;
};


export type MutationCreateInboundRouteArgs = {
  input: CreateInboundRouteInput;
};


export type MutationCreateIvrArgs = {
  input: CreateIvrInput;
};


export type MutationCreateMusicOnHoldPlaylistArgs = {
  input: CreateMusicOnHoldPlaylistInput;
};


export type MutationCreateOutboundRouteArgs = {
  input: CreateOutboundRouteInput;
};


export type MutationCreatePauseArgs = {
  input: CreatePauseInput;
};


export type MutationCreateRetryRuleArgs = {
  input: CreateRetryRuleInput;
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationCreateTimeConditionArgs = {
  input: CreateTimeConditionInput;
};


export type MutationCreateTimeGroupArgs = {
  input: CreateTimeGroupInput;
};


export type MutationCreateTrunkArgs = {
  input: CreateTrunkInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteAgentGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteAudioFileArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCallerIdentificationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteContactDatabaseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCustomDestinationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDispositionOptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDoNotCallListArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteExternalSystemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFormArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteInboundRouteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteIvrArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMusicOnHoldPlaylistArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOutboundRouteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePauseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRetryRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTimeConditionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTimeGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTrunkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDialManualArgs = {
  input: DialManualInput;
};


export type MutationDisposeContactArgs = {
  input: DisposeContactInput;
};


export type MutationFinishCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationForceAgentLogoutArgs = {
  agentId: Scalars['ID']['input'];
};


export type MutationForceAgentPauseArgs = {
  agentId: Scalars['ID']['input'];
  pauseId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationForceAgentUnpauseArgs = {
  agentId: Scalars['ID']['input'];
};


export type MutationImportContactDatabaseArgs = {
  input: ImportContactDatabaseInput;
};


export type MutationImportDoNotCallNumbersArgs = {
  input: ImportDoNotCallNumbersInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMarkCallbackDoneArgs = {
  id: Scalars['ID']['input'];
};


export type MutationNextPreviewContactArgs = {
  campaignId: Scalars['ID']['input'];
};


export type MutationPauseCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecycleCampaignArgs = {
  input: RecycleCampaignInput;
};


export type MutationReleasePreviewContactArgs = {
  assignmentId: Scalars['ID']['input'];
};


export type MutationRemoveCampaignAgentArgs = {
  agentId: Scalars['ID']['input'];
  campaignId: Scalars['ID']['input'];
};


export type MutationRemoveDoNotCallNumbersArgs = {
  listId: Scalars['ID']['input'];
  phones: Array<Scalars['String']['input']>;
};


export type MutationRenameAudioFileArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationReorderOutboundRoutesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationReplaceCampaignContactDatabaseArgs = {
  campaignId: Scalars['ID']['input'];
  databaseId: Scalars['ID']['input'];
};


export type MutationRescheduleCallbackArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  scheduledAt: Scalars['DateTime']['input'];
};


export type MutationResumeCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateSipCredentialsArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationSaveCampaignAsTemplateArgs = {
  campaignId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationSetCampaignAgentsArgs = {
  agents: Array<CampaignAgentInput>;
  campaignId: Scalars['ID']['input'];
};


export type MutationSetCampaignSupervisorsArgs = {
  campaignId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationSpyAgentArgs = {
  agentId: Scalars['ID']['input'];
  mode: SpyMode;
};


export type MutationTagCallRecordingArgs = {
  note: Scalars['String']['input'];
};


export type MutationTransferCallArgs = {
  input: TransferCallInput;
};


export type MutationUnlockUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAgentGroupArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAgentGroupInput;
};


export type MutationUpdateAmdSettingsArgs = {
  input: UpdateAmdSettingsInput;
};


export type MutationUpdateCallerIdentificationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCallerIdentificationInput;
};


export type MutationUpdateCampaignArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
};


export type MutationUpdateCampaignContactArgs = {
  campaignId: Scalars['ID']['input'];
  contactId: Scalars['ID']['input'];
  data: Scalars['JSONObject']['input'];
};


export type MutationUpdateContactArgs = {
  data: Scalars['JSONObject']['input'];
  id: Scalars['ID']['input'];
};


export type MutationUpdateContactDatabaseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContactDatabaseInput;
};


export type MutationUpdateCustomDestinationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomDestinationInput;
};


export type MutationUpdateCustomDialplanArgs = {
  input: UpdateCustomDialplanInput;
};


export type MutationUpdateDispositionOptionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDispositionOptionInput;
};


export type MutationUpdateDoNotCallListArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDoNotCallListInput;
};


export type MutationUpdateExternalSystemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateExternalSystemInput;
};


export type MutationUpdateFormArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFormInput;
};


export type MutationUpdateInboundRouteArgs = {
  id: Scalars['ID']['input'];
  input: UpdateInboundRouteInput;
};


export type MutationUpdateIvrArgs = {
  id: Scalars['ID']['input'];
  input: UpdateIvrInput;
};


export type MutationUpdateMusicOnHoldPlaylistArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMusicOnHoldPlaylistInput;
};


export type MutationUpdateOutboundRouteArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOutboundRouteInput;
};


export type MutationUpdatePauseArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePauseInput;
};


export type MutationUpdateRetryRuleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRetryRuleInput;
};


export type MutationUpdateRoleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRoleInput;
};


export type MutationUpdateTimeConditionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTimeConditionInput;
};


export type MutationUpdateTimeGroupArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTimeGroupInput;
};


export type MutationUpdateTrunkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTrunkInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

/** One of the agent's own calls (myCalls): a call the agent's phone took part in. */
export type MyCall = {
  __typename?: 'MyCall';
  callId: Scalars['ID']['output'];
  /** Null for calls out of campaign and between agents. */
  campaign: Maybe<Campaign>;
  /** The call's contact, with what is hidden from you left out. */
  contact: Maybe<Contact>;
  /** The option the call was dispositioned with, last. */
  disposition: Maybe<DispositionOption>;
  dispositionedAt: Maybe<Scalars['DateTime']['output']>;
  /** Talk seconds, once the call is over; null for calls not connected. */
  durationSeconds: Maybe<Scalars['Int']['output']>;
  /** The customer's number; null when the campaign hides its contacts' phone columns from agents. */
  phone: Maybe<Scalars['String']['output']>;
  /** The call's first logged event. */
  startedAt: Scalars['DateTime']['output'];
};

export type MyCallConnection = {
  __typename?: 'MyCallConnection';
  nodes: Array<MyCall>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NumberBlockStatus = {
  __typename?: 'NumberBlockStatus';
  blocked: Scalars['Boolean']['output'];
  /** Lists holding the number, by name. */
  lists: Array<DoNotCallList>;
  /** The number as normalized for the lookup. */
  phone: Scalars['String']['output'];
};

export type OutboundRoute = {
  __typename?: 'OutboundRoute';
  createdAt: Scalars['DateTime']['output'];
  /** Asterisk Dial() options. */
  dialOptions: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  patterns: Array<DialPattern>;
  /** Routes are matched in ascending order; see reorderOutboundRoutes. */
  position: Scalars['Int']['output'];
  /** Seconds each trunk rings before the next one is tried. */
  ringSeconds: Scalars['Int']['output'];
  /** Trunk ids in failover order. */
  trunkIds: Array<Scalars['ID']['output']>;
  /** The failover sequence: the first trunk is tried first. */
  trunks: Array<Trunk>;
  updatedAt: Scalars['DateTime']['output'];
};

export type OutboundRouteConnection = {
  __typename?: 'OutboundRouteConnection';
  nodes: Array<OutboundRoute>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OutboundRouteFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Routes whose failover sequence includes this trunk. */
  trunkId?: InputMaybe<Scalars['ID']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A reason an agent can pause for. ACW and SUPERVISOR are system pauses, not rows. */
export type Pause = {
  __typename?: 'Pause';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: PauseType;
  updatedAt: Scalars['DateTime']['output'];
};

export type PauseConnection = {
  __typename?: 'PauseConnection';
  nodes: Array<Pause>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PauseFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<PauseType>;
};

export type PauseType =
  | 'PRODUCTIVE'
  | 'RECREATIONAL';

export type Permission =
  | 'ADMINISTRATORS_MANAGE'
  | 'AGENT_CONSOLE'
  | 'AGENT_GROUPS_MANAGE'
  | 'AUDIT'
  | 'CALLBACKS_MANAGE'
  | 'CALL_LOG_READ'
  | 'CAMPAIGNS_ALL'
  | 'CAMPAIGNS_MANAGE'
  | 'CAMPAIGNS_READ'
  | 'CONTACTS_MANAGE'
  | 'CONTACTS_READ'
  | 'DISPOSITIONS_READ'
  | 'DISPOSITIONS_WRITE'
  | 'DO_NOT_CALL_MANAGE'
  | 'EXTERNAL_SYSTEMS_MANAGE'
  | 'FORMS_MANAGE'
  | 'PAUSES_MANAGE'
  | 'REPORTS_READ'
  | 'ROLES_MANAGE'
  | 'SUPERVISION'
  | 'TELEPHONY_MANAGE'
  | 'TELEPHONY_READ'
  | 'USERS_MANAGE'
  | 'USERS_READ';

/** A call placed for an agent: its phone rings first, then the number. */
export type PlacedAgentCall = {
  __typename?: 'PlacedAgentCall';
  /** The call id (SB_CALL_ID) of the call log and the agent state. */
  callId: Scalars['ID']['output'];
  campaignId: Maybe<Scalars['ID']['output']>;
  /** Null for an unidentified call. */
  contactId: Maybe<Scalars['ID']['output']>;
  /** The number dialed, or the called agent's extension. */
  phone: Scalars['String']['output'];
};

/** A contact of a preview campaign, its place in the delivery order and its state. */
export type PreviewAssignment = {
  __typename?: 'PreviewAssignment';
  /** AgentProfile id. */
  agentId: Maybe<Scalars['ID']['output']>;
  /** Calls placed to the contact from the campaign. */
  attempts: Scalars['Int']['output'];
  campaignId: Scalars['ID']['output'];
  contactId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Last time the contact was handed to an agent. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Delivery order within the campaign: lower first. */
  position: Scalars['Int']['output'];
  /** RESERVED: when the contact goes back to the others, unless the agent calls it first. */
  reservedUntil: Maybe<Scalars['DateTime']['output']>;
  status: PreviewAssignmentStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type PreviewAssignmentCount = {
  __typename?: 'PreviewAssignmentCount';
  /** AgentProfile id; null: free contacts. */
  agentId: Maybe<Scalars['ID']['output']>;
  count: Scalars['Int']['output'];
  /** Contacts the deactivation column keeps from delivery. */
  deactivated: Scalars['Boolean']['output'];
  status: PreviewAssignmentStatus;
};

/** NONE: contacts are free; PROPORTIONAL: dealt to the agents in turn; RANDOM: equal shares drawn at random. */
export type PreviewAssignmentMode =
  | 'NONE'
  | 'PROPORTIONAL'
  | 'RANDOM';

export type PreviewAssignmentStatus =
  | 'DELIVERED'
  | 'FINISHED'
  | 'INITIAL'
  | 'RESERVED';

/** Where a preview campaign's contacts stand (its current contact database). */
export type PreviewAssignmentSummary = {
  __typename?: 'PreviewAssignmentSummary';
  campaignId: Scalars['ID']['output'];
  /** Contacts in the campaign's database. */
  contactCount: Scalars['Int']['output'];
  counts: Array<PreviewAssignmentCount>;
  /** Contacts with a row; see contactCount for contacts not yet queued. */
  total: Scalars['Int']['output'];
};

/** A call placed to a preview contact. */
export type PreviewCall = {
  __typename?: 'PreviewCall';
  assignment: PreviewAssignment;
  callId: Scalars['ID']['output'];
  phone: Scalars['String']['output'];
};

/** A preview contact on an agent's screen: the assignment and the contact as the agent sees it. */
export type PreviewContact = {
  __typename?: 'PreviewContact';
  assignment: PreviewAssignment;
  /** Without the fields the campaign hides from agents. */
  contact: Contact;
};

/** A language of the system prompts Asterisk says (CHANNEL(language)). */
export type PromptLanguage = {
  __typename?: 'PromptLanguage';
  /** Folder of Asterisk sounds: en, es, en_US... */
  code: Scalars['String']['output'];
  /** Whether its prompts are installed in the running PBX. */
  installed: Scalars['Boolean']['output'];
  /** The Debian package the pbx setup installs for it. */
  setupPackage: Maybe<Scalars['String']['output']>;
};

/** A quarter-hour of a campaign's day (wallboard charts). */
export type QuarterHourActivity = {
  __typename?: 'QuarterHourActivity';
  /** Calls lost in this quarter-hour: abandoned, abandoned during the welcome, or timed out (ABANDON, ABANDONWEL, EXITWITHTIMEOUT). */
  abandoned: Scalars['Int']['output'];
  /** Calls answered in this quarter-hour: a dialed customer answered (ANSWER) or an agent took a queued call (CONNECT). */
  answered: Scalars['Int']['output'];
  /** Calls whose first event of the day fell in this quarter-hour (dialed or entering a queue). */
  calls: Scalars['Int']['output'];
  /** Calls connected to an agent in this quarter-hour (CONNECT). */
  connected: Scalars['Int']['output'];
  /** Start of the quarter-hour (local quarter-hours of the campaign zone). */
  startsAt: Scalars['DateTime']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The agent-activity log, oldest first. Without CAMPAIGNS_ALL, only your campaigns' agents. */
  agentActivities: AgentActivityConnection;
  agentGroup: AgentGroup;
  agentGroups: AgentGroupConnection;
  /** Live states of the agents you may watch: yourself as an agent; your campaigns’ agents as a supervisor. */
  agentStates: Array<AgentLiveState>;
  /** The platform's answering-machine detection settings. */
  amdSettings: AmdSettings;
  /** Custom audios by name. Upload with POST /uploads/audio (WAV or MP3); listen at GET /audio/<id>.wav. */
  audioFiles: Array<AudioFile>;
  /** The call-event log, oldest first. Without CAMPAIGNS_ALL, only your campaigns' events. */
  callEvents: CallEventConnection;
  callback: Callback;
  /** By scheduled time. Agents see their own PERSONAL callbacks and their campaigns' GLOBAL ones. */
  callbacks: CallbackConnection;
  callerIdentification: CallerIdentification;
  callerIdentifications: CallerIdentificationConnection;
  campaign: Campaign;
  /** A campaign's day by quarter-hour (calls, answered, connected, abandoned), for wallboard charts; day is YYYY-MM-DD in the campaign's zone, today by default. */
  campaignActivityByQuarterHour: Array<QuarterHourActivity>;
  /** Contacts of the campaign's database; agents get them without the fields the campaign hides. */
  campaignContacts: ContactConnection;
  /** Today's live counters of a campaign (its time zone): calls, agents, abandonment. Supervisors see their campaigns. */
  campaignCounters: CampaignCounters;
  /** Today's dispositions of a campaign (its time zone), by option, most used first. */
  campaignDispositionsToday: Array<DispositionCount>;
  campaigns: CampaignConnection;
  contact: Contact;
  contactDatabase: ContactDatabase;
  contactDatabases: ContactDatabaseConnection;
  /** Null while the contact has no disposition in the campaign. */
  contactDisposition: Maybe<Disposition>;
  /** Contacts of a database; agents use campaignContacts. */
  contacts: ContactConnection;
  customDestination: CustomDestination;
  customDestinations: CustomDestinationConnection;
  /** extensions_custom.conf, the administrators’ own dialplan. */
  customDialplan: CustomDialplan;
  /** A dialer campaign's hopper per status and source, with its pending calls. Supervisors see their campaigns. */
  dialerCampaignProgress: DialerCampaignProgress;
  /** The dialer's latest pacing decision for a campaign; null when no dialer holds it or the decision is stale. Supervisors see their campaigns. */
  dialerPacing: Maybe<DialerPacingState>;
  disposition: Disposition;
  dispositionOption: DispositionOption;
  dispositionOptions: DispositionOptionConnection;
  /** Dispositions of the campaigns the viewer may see. */
  dispositions: DispositionConnection;
  doNotCallList: DoNotCallList;
  doNotCallLists: DoNotCallListConnection;
  /** A list's numbers, in number order. */
  doNotCallNumbers: DoNotCallNumberConnection;
  externalSystem: ExternalSystem;
  externalSystems: ExternalSystemConnection;
  form: Form;
  forms: FormConnection;
  /** A campaign queue now (callers waiting, agents by state) and today's inbound counters. Supervisors see their campaigns. */
  inboundQueueStats: InboundQueueStats;
  inboundRoute: InboundRoute;
  inboundRoutes: InboundRouteConnection;
  /** Whether any do-not-call list holds the number. */
  isNumberBlocked: NumberBlockStatus;
  ivr: Ivr;
  ivrs: IvrConnection;
  /** Contacts of the campaign's database with this number in a phone column the agent may see: offered before a manual call. */
  manualCallCandidates: Array<Contact>;
  /** The logged-in user. */
  me: User;
  /** Music on hold playlists by name. */
  musicOnHoldPlaylists: Array<MusicOnHoldPlaylist>;
  /** The calling agent's live state. */
  myAgentState: AgentLiveState;
  /** The contact of the agent's own current call (its live state) with the call's campaign view, also when the agent is not assigned to the campaign (a call transferred in); null when the agent has no call. */
  myCallContact: Maybe<CallContactView>;
  /** The agent's own calls, newest first, each with its campaign, number, contact, duration and disposition. */
  myCalls: MyCallConnection;
  /** Your own webphone credentials, for agents and supervisors; null when you have no phone. Nobody can read another user's. */
  mySipCredentials: Maybe<SipCredentials>;
  /** Your running spy session, or null. */
  mySpySession: Maybe<SpySession>;
  outboundRoute: OutboundRoute;
  outboundRoutes: OutboundRouteConnection;
  pause: Pause;
  pauses: PauseConnection;
  /** Counts of a preview campaign's contacts by status and agent. */
  previewAssignmentSummary: PreviewAssignmentSummary;
  /** System prompt languages: installed ones and those the pbx setup installs. Debian packages en, es, fr, it, ru. */
  promptLanguages: Array<PromptLanguage>;
  /** A call's recording tags, oldest first. */
  recordingTags: Array<RecordingTag>;
  retryRule: RetryRule;
  retryRules: RetryRuleConnection;
  role: Role;
  roles: RoleConnection;
  /** Contacts with this number in a phone column, in the viewer's databases (50 at most). */
  searchContactsByPhone: Array<Contact>;
  timeCondition: TimeCondition;
  timeConditions: TimeConditionConnection;
  timeGroup: TimeGroup;
  timeGroups: TimeGroupConnection;
  /** Agents only: the agents of your group and campaigns (live state, available first) to call or transfer to, and the active inbound campaigns to transfer to. */
  transferTargets: TransferTargets;
  trunk: Trunk;
  trunks: TrunkConnection;
  user: User;
  users: UserConnection;
};


export type QueryAgentActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgentActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgentGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgentGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgentGroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgentStatesArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCallEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CallEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCallbackArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCallbacksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CallbackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCallerIdentificationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCallerIdentificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CallerIdentificationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignActivityByQuarterHourArgs = {
  campaignId: Scalars['ID']['input'];
  day?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCampaignContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  filter?: InputMaybe<ContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCampaignCountersArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryCampaignDispositionsTodayArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CampaignFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactDatabaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactDatabasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactDatabaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryContactDispositionArgs = {
  campaignId: Scalars['ID']['input'];
  contactId: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  databaseId: Scalars['ID']['input'];
  filter?: InputMaybe<ContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomDestinationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomDestinationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomDestinationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDialerCampaignProgressArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryDialerPacingArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryDispositionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDispositionOptionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDispositionOptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DispositionOptionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDispositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DispositionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDoNotCallListArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDoNotCallListsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DoNotCallListFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDoNotCallNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DoNotCallNumberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  listId: Scalars['ID']['input'];
};


export type QueryExternalSystemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExternalSystemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExternalSystemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFormArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFormsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FormFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInboundQueueStatsArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryInboundRouteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInboundRoutesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InboundRouteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIsNumberBlockedArgs = {
  phone: Scalars['String']['input'];
};


export type QueryIvrArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIvrsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IvrFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryManualCallCandidatesArgs = {
  campaignId: Scalars['ID']['input'];
  phone: Scalars['String']['input'];
};


export type QueryMyCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryOutboundRouteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOutboundRoutesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OutboundRouteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPauseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPausesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PauseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPreviewAssignmentSummaryArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryRecordingTagsArgs = {
  callId: Scalars['ID']['input'];
};


export type QueryRetryRuleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRetryRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RetryRuleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRoleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RoleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchContactsByPhoneArgs = {
  phone: Scalars['String']['input'];
};


export type QueryTimeConditionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTimeConditionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimeConditionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTimeGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTimeGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimeGroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrunkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrunksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrunkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueueSettings = {
  __typename?: 'QueueSettings';
  /** AudioFile played to the agent when a call arrives. */
  agentAnnouncementAudioId: Maybe<Scalars['ID']['output']>;
  /** Answering-machine detection on dialer calls. */
  amdEnabled: Maybe<Scalars['Boolean']['output']>;
  announceHoldTime: Maybe<HoldTimeAnnouncement>;
  announcePosition: Maybe<Scalars['Boolean']['output']>;
  /** Overrides the agent group's auto-attend setting. */
  autoAttend: Maybe<Scalars['Boolean']['output']>;
  /** Overrides the agent group's auto-unpause seconds. */
  autoUnpauseSeconds: Maybe<Scalars['Int']['output']>;
  /** Lines per free agent in RATIO pacing. */
  dialRatio: Maybe<Scalars['Float']['output']>;
  /** Seconds ringing the customer before CANCEL. */
  dialTimeoutSeconds: Maybe<Scalars['Int']['output']>;
  /** AudioFile played to callers before they join the queue (hanging up during it is ABANDONWEL). */
  entryAnnouncementAudioId: Maybe<Scalars['ID']['output']>;
  /** IVR a waiting caller leaves the queue for by pressing any key (0-9, *, #). */
  escapeIvrId: Maybe<Scalars['ID']['output']>;
  /** Where callers go when the maximum wait runs out or the queue is full (maxCalls). */
  failover: Maybe<Destination>;
  /** Multiplies the calls pacing decides on. */
  initialBoostFactor: Maybe<Scalars['Float']['output']>;
  /** Audio left on answering machines; none = hang up. */
  machineAudio: Maybe<Scalars['String']['output']>;
  /** Target abandonment rate in percent. */
  maxAbandonRatePercent: Maybe<Scalars['Float']['output']>;
  /** Callers allowed to wait at once; 0 = unlimited. */
  maxCalls: Maybe<Scalars['Int']['output']>;
  /** Simultaneous calls the campaign may hold; 0 = unlimited. */
  maxChannels: Maybe<Scalars['Int']['output']>;
  /** A MusicOnHoldPlaylist id (one with audios); null plays Asterisk's default music. */
  musicOnHold: Maybe<Scalars['ID']['output']>;
  pacing: Maybe<DialerPacing>;
  /** AudioFile played to waiting callers every periodicAnnouncementFrequencySeconds (e.g. how to escape). */
  periodicAnnouncementAudioId: Maybe<Scalars['ID']['output']>;
  periodicAnnouncementFrequencySeconds: Maybe<Scalars['Int']['output']>;
  /** Seconds between hold time / position announcements. */
  positionAnnounceFrequencySeconds: Maybe<Scalars['Int']['output']>;
  /** 0 (equal) to 10: higher delivers first to shared agents. */
  priority: Maybe<Scalars['Int']['output']>;
  /** Seconds a caller waits before the failover destination. */
  queueTimeoutSeconds: Maybe<Scalars['Int']['output']>;
  /** Seconds before trying a ready agent again. */
  retrySeconds: Maybe<Scalars['Int']['output']>;
  /** Seconds an agent phone rings. */
  ringSeconds: Maybe<Scalars['Int']['output']>;
  /** Played to a caller no agent took in time (abandoned). */
  safeHarbourAudio: Maybe<Scalars['String']['output']>;
  serviceLevelSeconds: Maybe<Scalars['Int']['output']>;
  strategy: Maybe<QueueStrategy>;
  /** PREDICTIVE: a call still ringing after this many seconds may be hung up when the pacer sees more humans coming than agents (0 = never; otherwise at least 15, the US Telemarketing Sales Rule minimum). */
  surplusHangupAfterSeconds: Maybe<Scalars['Int']['output']>;
  /** Rest time between calls for the agent. */
  wrapUpSeconds: Maybe<Scalars['Int']['output']>;
};

export type QueueSettingsInput = {
  /** AudioFile played to the agent when a call arrives. */
  agentAnnouncementAudioId?: InputMaybe<Scalars['ID']['input']>;
  /** Answering-machine detection on dialer calls. */
  amdEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  announceHoldTime?: InputMaybe<HoldTimeAnnouncement>;
  announcePosition?: InputMaybe<Scalars['Boolean']['input']>;
  /** Overrides the agent group's auto-attend setting. */
  autoAttend?: InputMaybe<Scalars['Boolean']['input']>;
  /** Overrides the agent group's auto-unpause seconds. */
  autoUnpauseSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Lines per free agent in RATIO pacing. */
  dialRatio?: InputMaybe<Scalars['Float']['input']>;
  /** Seconds ringing the customer before CANCEL. */
  dialTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** AudioFile played to callers before they join the queue (hanging up during it is ABANDONWEL). */
  entryAnnouncementAudioId?: InputMaybe<Scalars['ID']['input']>;
  /** IVR a waiting caller leaves the queue for by pressing any key (0-9, *, #). */
  escapeIvrId?: InputMaybe<Scalars['ID']['input']>;
  /** Where callers go when the maximum wait runs out or the queue is full (maxCalls). */
  failover?: InputMaybe<DestinationInput>;
  /** Multiplies the calls pacing decides on. */
  initialBoostFactor?: InputMaybe<Scalars['Float']['input']>;
  /** Audio left on answering machines; none = hang up. */
  machineAudio?: InputMaybe<Scalars['String']['input']>;
  /** Target abandonment rate in percent. */
  maxAbandonRatePercent?: InputMaybe<Scalars['Float']['input']>;
  /** Callers allowed to wait at once; 0 = unlimited. */
  maxCalls?: InputMaybe<Scalars['Int']['input']>;
  /** Simultaneous calls the campaign may hold; 0 = unlimited. */
  maxChannels?: InputMaybe<Scalars['Int']['input']>;
  /** A MusicOnHoldPlaylist id (one with audios); null plays Asterisk's default music. */
  musicOnHold?: InputMaybe<Scalars['ID']['input']>;
  pacing?: InputMaybe<DialerPacing>;
  /** AudioFile played to waiting callers every periodicAnnouncementFrequencySeconds (e.g. how to escape). */
  periodicAnnouncementAudioId?: InputMaybe<Scalars['ID']['input']>;
  periodicAnnouncementFrequencySeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Seconds between hold time / position announcements. */
  positionAnnounceFrequencySeconds?: InputMaybe<Scalars['Int']['input']>;
  /** 0 (equal) to 10: higher delivers first to shared agents. */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** Seconds a caller waits before the failover destination. */
  queueTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Seconds before trying a ready agent again. */
  retrySeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Seconds an agent phone rings. */
  ringSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Played to a caller no agent took in time (abandoned). */
  safeHarbourAudio?: InputMaybe<Scalars['String']['input']>;
  serviceLevelSeconds?: InputMaybe<Scalars['Int']['input']>;
  strategy?: InputMaybe<QueueStrategy>;
  /** PREDICTIVE: a call still ringing after this many seconds may be hung up when the pacer sees more humans coming than agents (0 = never; otherwise at least 15, the US Telemarketing Sales Rule minimum). */
  surplusHangupAfterSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Rest time between calls for the agent. */
  wrapUpSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type QueueStrategy =
  | 'FEWESTCALLS'
  | 'LEASTRECENT'
  | 'LINEAR'
  | 'RANDOM'
  | 'RINGALL'
  | 'RRMEMORY'
  | 'RRORDERED'
  | 'WRANDOM';

/** An agent's mark on a call's recording, with a note. */
export type RecordingTag = {
  __typename?: 'RecordingTag';
  agentId: Scalars['String']['output'];
  /** When the agent tagged the call. */
  at: Scalars['DateTime']['output'];
  /** SB_CALL_ID of the tagged call. */
  callId: Scalars['String']['output'];
  /** The call's campaign, when it had one. */
  campaignId: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** DIALER: contacts whose disposition is one of dispositionOptionIds OR whose last call ended with one of outcomes. PREVIEW: contacts never dispositioned (give neither list). */
export type RecycleCampaignInput = {
  campaignId: Scalars['ID']['input'];
  /** Disposition options of the campaign. */
  dispositionOptionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** NEW_CAMPAIGN: its name; "<name> (recycled)" by default. */
  newCampaignName?: InputMaybe<Scalars['String']['input']>;
  /** The contact's last call outcome in the campaign. */
  outcomes?: InputMaybe<Array<DialOutcome>>;
  target: RecycleTarget;
};

/** Where a recycling stands: the current state first, then one event per batch. */
export type RecycleProgress = {
  __typename?: 'RecycleProgress';
  campaignId: Scalars['ID']['output'];
  error: Maybe<Scalars['String']['output']>;
  /** Unique per event; snapshot rows get fresh ids. */
  id: Scalars['ID']['output'];
  /** The job (and RecycleRun) id recycleCampaign returned. */
  jobId: Scalars['ID']['output'];
  kind: LiveEventKind;
  occurredAt: Scalars['DateTime']['output'];
  recycledContacts: Scalars['Int']['output'];
  /** When DONE: the campaign that dials the recycled contacts. */
  resultCampaignId: Maybe<Scalars['ID']['output']>;
  scannedContacts: Scalars['Int']['output'];
  status: RecycleRunStatus;
  totalContacts: Scalars['Int']['output'];
};

/** A recycling of a campaign and where it stands. */
export type RecycleRun = {
  __typename?: 'RecycleRun';
  campaignId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  dispositionOptionIds: Array<Scalars['ID']['output']>;
  error: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  newCampaignName: Maybe<Scalars['String']['output']>;
  outcomes: Array<DialOutcome>;
  /** Contacts put back to be called. */
  recycledContacts: Scalars['Int']['output'];
  resultCampaignId: Maybe<Scalars['ID']['output']>;
  /** Contacts of the campaign's database looked at so far. */
  scannedContacts: Scalars['Int']['output'];
  status: RecycleRunStatus;
  target: RecycleTarget;
  totalContacts: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type RecycleRunStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type RecycleTarget =
  | 'NEW_CAMPAIGN'
  | 'SAME';

export type RetryOutcome =
  | 'BUSY'
  | 'MACHINE'
  | 'NO_ANSWER'
  | 'REJECTED'
  | 'TIMEOUT';

/** Retry after N seconds, at most M attempts, for an outcome or a disposition option. */
export type RetryRule = {
  __typename?: 'RetryRule';
  campaign: Campaign;
  createdAt: Scalars['DateTime']['output'];
  /** Set for disposition rules. */
  dispositionOption: Maybe<DispositionOption>;
  id: Scalars['ID']['output'];
  maxAttempts: Scalars['Int']['output'];
  /** Set for outcome rules. */
  outcome: Maybe<RetryOutcome>;
  retryAfterSeconds: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type RetryRuleConnection = {
  __typename?: 'RetryRuleConnection';
  nodes: Array<RetryRule>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RetryRuleFilter = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
};

/** A named set of permissions. Built-in roles cannot be edited or deleted. */
export type Role = {
  __typename?: 'Role';
  builtIn: Maybe<BuiltInRole>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Permission>;
  updatedAt: Scalars['DateTime']['output'];
};

export type RoleConnection = {
  __typename?: 'RoleConnection';
  nodes: Array<Role>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleFilter = {
  /** Only built-in (true) or only custom (false) roles. */
  builtIn?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The caller's own webphone account (JsSIP: ws servers, uri, password). */
export type SipCredentials = {
  __typename?: 'SipCredentials';
  /** SIP domain of the account: sip:<username>@<domain>. */
  domain: Scalars['String']['output'];
  /** SIP password. Only ever handed to its owner. */
  password: Scalars['String']['output'];
  uri: Scalars['String']['output'];
  /** SIP username: the extension. */
  username: Scalars['String']['output'];
  /** The WebSocket to register over, e.g. ws://127.0.0.1:8088/ws. */
  wsUrl: Scalars['String']['output'];
};

export type SpyMode =
  | 'BARGE'
  | 'LISTEN'
  | 'WHISPER';

/** A supervisor's running spy session on an agent's call. */
export type SpySession = {
  __typename?: 'SpySession';
  agentId: Scalars['ID']['output'];
  /** The spied call (its call-event log carries SPY_START, SPY_MODE_CHANGE, SPY_STOP). */
  callId: Scalars['ID']['output'];
  mode: SpyMode;
  startedAt: Scalars['DateTime']['output'];
  supervisorUserId: Scalars['ID']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Agent live states: the current ones first (SNAPSHOT), then every change (CHANGE). Filter by one agent, a campaign’s agents or a group’s. */
  agentStateChanged: AgentStateEvent;
  /** Events of the call-event log as workers/call-events writes them. Without CAMPAIGNS_ALL, only your campaigns' events (and none without a campaign). */
  callEvents: CallEventUpdate;
  /** A campaign's counters: a SNAPSHOT first, then every change (a few per second at most). */
  campaignCountersChanged: CampaignCountersEvent;
  /** Campaign state changes, from any api process; the current states first. */
  campaignStateChanged: CampaignStateEvent;
  /** Progress of an upload and its import: the current state first, then every phase and 10,000 rows. */
  contactImportProgress: ContactImportProgress;
  /** A campaign's pacing decision: a SNAPSHOT first, then every new one (a few per second at most). */
  dialerPacingChanged: DialerPacingEvent;
  /** A campaign queue's stats: a SNAPSHOT first, then every change (a few per second at most). */
  inboundQueueStatsChanged: InboundQueueStatsEvent;
  /** Progress of a recycling: its current state first, then every batch, until DONE or FAILED. */
  recycleProgress: RecycleProgress;
};


export type SubscriptionAgentStateChangedArgs = {
  agentId?: InputMaybe<Scalars['ID']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionCallEventsArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionCampaignCountersChangedArgs = {
  campaignId: Scalars['ID']['input'];
};


export type SubscriptionCampaignStateChangedArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionContactImportProgressArgs = {
  uploadId: Scalars['ID']['input'];
};


export type SubscriptionDialerPacingChangedArgs = {
  campaignId: Scalars['ID']['input'];
};


export type SubscriptionInboundQueueStatsChangedArgs = {
  campaignId: Scalars['ID']['input'];
};


export type SubscriptionRecycleProgressArgs = {
  jobId: Scalars['ID']['input'];
};

export type TimeCondition = {
  __typename?: 'TimeCondition';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Where calls go while the time group matches. */
  matchDestination: Destination;
  name: Scalars['String']['output'];
  /** Where calls go otherwise. */
  otherwiseDestination: Destination;
  timeGroup: TimeGroup;
  /** IANA time zone the rules are read in. */
  timeZone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type TimeConditionConnection = {
  __typename?: 'TimeConditionConnection';
  nodes: Array<TimeCondition>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimeConditionFilter = {
  nameContains?: InputMaybe<Scalars['String']['input']>;
  timeGroupId?: InputMaybe<Scalars['ID']['input']>;
};

export type TimeGroup = {
  __typename?: 'TimeGroup';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Any rule matching is a match; none: never. */
  rules: Array<TimeRule>;
  updatedAt: Scalars['DateTime']['output'];
};

export type TimeGroupConnection = {
  __typename?: 'TimeGroupConnection';
  nodes: Array<TimeGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimeGroupFilter = {
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type TimeRule = {
  __typename?: 'TimeRule';
  dayOfMonthFrom: Maybe<Scalars['Int']['output']>;
  dayOfMonthTo: Maybe<Scalars['Int']['output']>;
  /** HH:MM, exclusive; before startTime wraps over midnight. */
  endTime: Maybe<Scalars['String']['output']>;
  /** 1 = January. */
  monthFrom: Maybe<Scalars['Int']['output']>;
  monthTo: Maybe<Scalars['Int']['output']>;
  /** HH:MM, inclusive; with endTime, or neither. */
  startTime: Maybe<Scalars['String']['output']>;
  weekdayFrom: Maybe<Weekday>;
  /** Before weekdayFrom wraps over the week end. */
  weekdayTo: Maybe<Weekday>;
};

export type TimeRuleInput = {
  dayOfMonthFrom?: InputMaybe<Scalars['Int']['input']>;
  dayOfMonthTo?: InputMaybe<Scalars['Int']['input']>;
  /** HH:MM, exclusive; before startTime wraps over midnight. */
  endTime?: InputMaybe<Scalars['String']['input']>;
  /** 1 = January. */
  monthFrom?: InputMaybe<Scalars['Int']['input']>;
  monthTo?: InputMaybe<Scalars['Int']['input']>;
  /** HH:MM, inclusive; with endTime, or neither. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  weekdayFrom?: InputMaybe<Weekday>;
  /** Before weekdayFrom wraps over the week end. */
  weekdayTo?: InputMaybe<Weekday>;
};

/** An agent the viewer may call or transfer a call to, with its live state. */
export type TransferAgent = {
  __typename?: 'TransferAgent';
  /** The agent profile id (callAgent, transferCall agentId). */
  agentId: Scalars['ID']['output'];
  /** Takes a call now: READY or PAUSED, phone registered, no disposition owed. Others are refused. */
  available: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  /** The pause id while PAUSED, or ACW / SUPERVISOR. */
  pauseId: Maybe<Scalars['String']['output']>;
  pauseName: Maybe<Scalars['String']['output']>;
  sipExtension: Scalars['Int']['output'];
  state: AgentState;
};

/** Where to transfer the current call: set the field of the target type. */
export type TransferCallInput = {
  /** The agent, for AGENT. */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  /** The inbound campaign, for CAMPAIGN. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  mode: TransferMode;
  /** The number, for NUMBER. */
  number?: InputMaybe<Scalars['String']['input']>;
  targetType: TransferTargetType;
};

/** An inbound campaign a call may be transferred to (its queue). */
export type TransferCampaign = {
  __typename?: 'TransferCampaign';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type TransferMode =
  | 'BLIND'
  | 'CONSULTATIVE';

export type TransferTargetType =
  | 'AGENT'
  | 'CAMPAIGN'
  | 'NUMBER';

/** Where the agent's calls may go: agents to call or transfer to, campaigns to transfer to. */
export type TransferTargets = {
  __typename?: 'TransferTargets';
  /** Agents of its group and campaigns: READY first, then other available ones, then the rest. */
  agents: Array<TransferAgent>;
  /** Every active inbound campaign, by name. */
  campaigns: Array<TransferCampaign>;
};

export type Trunk = {
  __typename?: 'Trunk';
  /** Number presented on calls through the trunk. */
  callerId: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  maxChannels: Scalars['Int']['output'];
  /** Also the Asterisk section name: letters, digits, _ and -. */
  name: Scalars['String']['output'];
  /** pjsip wizard text; passwords and secrets read as ******** (send them back unchanged to keep them). */
  sipDetails: Scalars['String']['output'];
  template: Maybe<TrunkTemplate>;
  updatedAt: Scalars['DateTime']['output'];
};

export type TrunkConnection = {
  __typename?: 'TrunkConnection';
  nodes: Array<Trunk>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrunkFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type TrunkTemplate =
  | 'CUSTOM'
  | 'DEDICATED'
  | 'INTERNET'
  | 'OMNILEADS_INSIDE_PBX'
  | 'PBX_LAN'
  | 'PBX_NAT';

export type UpdateAgentGroupInput = {
  allowAgentToAgentCalls?: InputMaybe<Scalars['Boolean']['input']>;
  allowDashboardAccess?: InputMaybe<Scalars['Boolean']['input']>;
  allowHold?: InputMaybe<Scalars['Boolean']['input']>;
  allowOutOfCampaignCalls?: InputMaybe<Scalars['Boolean']['input']>;
  allowRecordingsAccess?: InputMaybe<Scalars['Boolean']['input']>;
  autoAttendDialer?: InputMaybe<Scalars['Boolean']['input']>;
  autoAttendInbound?: InputMaybe<Scalars['Boolean']['input']>;
  autoUnpauseSeconds?: InputMaybe<Scalars['Int']['input']>;
  forceDisposition?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateAmdSettingsInput = {
  /** Silence after the greeting, in ms (100-10000). */
  afterGreetingSilenceMs?: InputMaybe<Scalars['Int']['input']>;
  /** Silence that separates two words, in ms (10-5000). */
  betweenWordsSilenceMs?: InputMaybe<Scalars['Int']['input']>;
  /** Longest greeting of a human, in ms (100-30000). */
  greetingMs?: InputMaybe<Scalars['Int']['input']>;
  /** Silence before the greeting, in ms (500-30000). */
  initialSilenceMs?: InputMaybe<Scalars['Int']['input']>;
  /** More words than this is a machine (1-100). */
  maximumNumberOfWords?: InputMaybe<Scalars['Int']['input']>;
  /** A longer word is a machine, in ms (100-60000). */
  maximumWordLengthMs?: InputMaybe<Scalars['Int']['input']>;
  /** Shortest sound that counts as a word, in ms (10-5000). */
  minWordLengthMs?: InputMaybe<Scalars['Int']['input']>;
  /** Energy below which a sample is silence (0-32767). */
  silenceThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** Longest analysis, in ms (1000-60000). */
  totalAnalysisTimeMs?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateCallerIdentificationInput = {
  attempts?: InputMaybe<Scalars['Int']['input']>;
  contactDatabaseId?: InputMaybe<Scalars['ID']['input']>;
  crmTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  crmUrl?: InputMaybe<Scalars['String']['input']>;
  expectedLength?: InputMaybe<Scalars['Int']['input']>;
  identifiedDestination?: InputMaybe<DestinationInput>;
  inputTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  interaction?: InputMaybe<CallerIdentificationInteraction>;
  name?: InputMaybe<Scalars['String']['input']>;
  notIdentifiedDestination?: InputMaybe<DestinationInput>;
  promptAudioId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<CallerIdentificationSource>;
};

/** The type, and whether it is a template, never change. */
export type UpdateCampaignInput = {
  avoidDuplicatePhones?: InputMaybe<Scalars['Boolean']['input']>;
  /** Columns of the contact database agents cannot edit. */
  blockedContactFields?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only the fields given change. */
  callingWindow?: InputMaybe<CallingWindowInput>;
  /** Required for DIALER and PREVIEW campaigns. */
  contactDatabaseId?: InputMaybe<Scalars['ID']['input']>;
  /** DIALER: 1 to 16 digits, * or #; null: none. */
  dialPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Needs externalSystemId. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  externalSystemId?: InputMaybe<Scalars['ID']['input']>;
  /** http(s) URL; required when interactionType is EXTERNAL_URL. */
  externalUrl?: InputMaybe<Scalars['String']['input']>;
  /** Columns never shown to agents; disjoint from blocked. */
  hiddenContactFields?: InputMaybe<Array<Scalars['String']['input']>>;
  interactionType?: InputMaybe<InteractionType>;
  name?: InputMaybe<Scalars['String']['input']>;
  objective?: InputMaybe<Scalars['Int']['input']>;
  outboundCallerId?: InputMaybe<Scalars['String']['input']>;
  outboundRouteId?: InputMaybe<Scalars['ID']['input']>;
  /** PREVIEW: a column of the contact database; null: none. */
  previewDeactivationColumn?: InputMaybe<Scalars['String']['input']>;
  /** PREVIEW: 1 to 1440 minutes a delivered contact stays reserved. */
  previewDisconnectionMinutes?: InputMaybe<Scalars['Int']['input']>;
  previewInitialAssignment?: InputMaybe<PreviewAssignmentMode>;
  /** Only the fields given change. */
  queue?: InputMaybe<QueueSettingsInput>;
  recordCalls?: InputMaybe<Scalars['Boolean']['input']>;
  showCampaignName?: InputMaybe<Scalars['Boolean']['input']>;
  speech?: InputMaybe<Scalars['String']['input']>;
};

/** Columns, phone columns and external id column can change only while the database is empty. */
export type UpdateContactDatabaseInput = {
  columns?: InputMaybe<Array<Scalars['String']['input']>>;
  /** null removes it; omitted leaves it. */
  externalIdColumn?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phoneColumns?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateCustomDestinationInput = {
  context?: InputMaybe<Scalars['String']['input']>;
  extension?: InputMaybe<Scalars['String']['input']>;
  failoverDestination?: InputMaybe<DestinationInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateCustomDialplanInput = {
  /** The whole extensions_custom.conf: [contexts] and their extensions. */
  content: Scalars['String']['input'];
};

/** The type and form of an option already used by dispositions do not change. */
export type UpdateDispositionOptionInput = {
  /** null removes the form (for NO_ACTION and CALLBACK). */
  formId?: InputMaybe<Scalars['ID']['input']>;
  /** Hidden options stay in history but are not offered. */
  hidden?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<DispositionType>;
};

export type UpdateDoNotCallListInput = {
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateExternalSystemInput = {
  /** Replaces the whole mapping. */
  externalAgentIds?: InputMaybe<Array<ExternalAgentIdInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateFormInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replaces every field, in this order; fields keep their ids by name. */
  fields?: InputMaybe<Array<FormFieldInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateInboundRouteInput = {
  callerIdPrefix?: InputMaybe<Scalars['String']['input']>;
  destination?: InputMaybe<DestinationInput>;
  did?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateIvrInput = {
  /** null removes the audio. */
  invalidAudioId?: InputMaybe<Scalars['ID']['input']>;
  invalidDestination?: InputMaybe<DestinationInput>;
  invalidRetries?: InputMaybe<Scalars['Int']['input']>;
  mainAudioId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces every option. */
  options?: InputMaybe<Array<IvrOptionInput>>;
  /** null removes the audio. */
  timeoutAudioId?: InputMaybe<Scalars['ID']['input']>;
  timeoutDestination?: InputMaybe<DestinationInput>;
  timeoutRetries?: InputMaybe<Scalars['Int']['input']>;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateMusicOnHoldPlaylistInput = {
  /** The whole new order; replaces the old one. */
  audioIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Position is changed with reorderOutboundRoutes. */
export type UpdateOutboundRouteInput = {
  dialOptions?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces every pattern. */
  patterns?: InputMaybe<Array<DialPatternInput>>;
  ringSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the failover sequence. */
  trunkIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type UpdatePauseInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<PauseType>;
};

/** A rule's outcome or option does not change: delete it and create another. */
export type UpdateRetryRuleInput = {
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  retryAfterSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateRoleInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  permissions?: InputMaybe<Array<Permission>>;
};

export type UpdateTimeConditionInput = {
  matchDestination?: InputMaybe<DestinationInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  otherwiseDestination?: InputMaybe<DestinationInput>;
  timeGroupId?: InputMaybe<Scalars['ID']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTimeGroupInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  rules?: InputMaybe<Array<TimeRuleInput>>;
};

export type UpdateTrunkInput = {
  /** null clears it. */
  callerId?: InputMaybe<Scalars['String']['input']>;
  maxChannels?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Credentials left as the masked value read from the API keep their stored value. */
  sipDetails?: InputMaybe<Scalars['String']['input']>;
  template?: InputMaybe<TrunkTemplate>;
};

export type UpdateUserInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  agent?: InputMaybe<AgentProfileInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Set a new password (administrative reset). */
  password?: InputMaybe<Scalars['String']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
};

export type User = {
  __typename?: 'User';
  /** Null unless you are this user or reach it (see the README: Users, roles and permissions). */
  active: Maybe<Scalars['Boolean']['output']>;
  /** Null unless you are this user or reach it (see the README: Users, roles and permissions). */
  agentProfile: Maybe<AgentProfile>;
  createdAt: Scalars['DateTime']['output'];
  /** Null unless you are this user or reach it (see the README: Users, roles and permissions). */
  email: Maybe<Scalars['String']['output']>;
  /** Null unless you are this user or reach it (see the README: Users, roles and permissions). */
  failedLoginAttempts: Maybe<Scalars['Int']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Null unless you are this user or reach it (see the README: Users, roles and permissions). */
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  lastName: Scalars['String']['output'];
  /** Set after too many failed logins; an administrator unlocks. Null unless you reach the user. */
  lockedAt: Maybe<Scalars['DateTime']['output']>;
  /** Null unless you are this user or reach it (see the README: Users, roles and permissions). */
  role: Maybe<Role>;
  updatedAt: Scalars['DateTime']['output'];
  username: Scalars['String']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  nodes: Array<User>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserFilter = {
  agentGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only agents (true) or only non-agents (false). */
  isAgent?: InputMaybe<Scalars['Boolean']['input']>;
  locked?: InputMaybe<Scalars['Boolean']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the username, first or last name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A caller waiting in a campaign queue now. */
export type WaitingCaller = {
  __typename?: 'WaitingCaller';
  callId: Scalars['ID']['output'];
  /** The caller's number as the viewer may see it: null when the campaign hides the phone from the viewer. */
  phone: Maybe<Scalars['String']['output']>;
  /** 1 = the next caller offered to an agent. */
  position: Scalars['Int']['output'];
  /** When the caller joined the queue (wait = now - waitingSince). */
  waitingSince: Scalars['DateTime']['output'];
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type MyCallbacksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCallbacksQuery = { __typename?: 'Query', callbacks: { __typename?: 'CallbackConnection', nodes: Array<{ __typename?: 'Callback', id: string, scheduledAt: string, note: string | null, phone: string | null, campaign: { __typename?: 'Campaign', id: string, name: string }, contact: { __typename?: 'Contact', id: string, phone: string | null } }> } };

export type MarkCallbackDoneMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkCallbackDoneMutation = { __typename?: 'Mutation', markCallbackDone: { __typename?: 'Callback', id: string, status: CallbackStatus } };

export type AgentLiveFragment = { __typename?: 'AgentLiveState', agentId: string, userId: string, username: string, groupId: string, sipExtension: number, state: AgentState, since: string, version: number, loggedInAt: string | null, pauseId: string | null, pauseName: string | null, autoUnpauseAt: string | null, dispositionPending: boolean, phoneRegistered: boolean, campaignIds: Array<string>, callId: string | null, callCampaignId: string | null, contactId: string | null, phone: string | null };

export type MyAgentStateQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAgentStateQuery = { __typename?: 'Query', myAgentState: { __typename?: 'AgentLiveState', agentId: string, userId: string, username: string, groupId: string, sipExtension: number, state: AgentState, since: string, version: number, loggedInAt: string | null, pauseId: string | null, pauseName: string | null, autoUnpauseAt: string | null, dispositionPending: boolean, phoneRegistered: boolean, campaignIds: Array<string>, callId: string | null, callCampaignId: string | null, contactId: string | null, phone: string | null } };

export type AgentLoginMutationVariables = Exact<{ [key: string]: never; }>;


export type AgentLoginMutation = { __typename?: 'Mutation', agentLogin: { __typename?: 'AgentLiveState', agentId: string, userId: string, username: string, groupId: string, sipExtension: number, state: AgentState, since: string, version: number, loggedInAt: string | null, pauseId: string | null, pauseName: string | null, autoUnpauseAt: string | null, dispositionPending: boolean, phoneRegistered: boolean, campaignIds: Array<string>, callId: string | null, callCampaignId: string | null, contactId: string | null, phone: string | null } };

export type AgentLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AgentLogoutMutation = { __typename?: 'Mutation', agentLogout: { __typename?: 'AgentLiveState', agentId: string, userId: string, username: string, groupId: string, sipExtension: number, state: AgentState, since: string, version: number, loggedInAt: string | null, pauseId: string | null, pauseName: string | null, autoUnpauseAt: string | null, dispositionPending: boolean, phoneRegistered: boolean, campaignIds: Array<string>, callId: string | null, callCampaignId: string | null, contactId: string | null, phone: string | null } };

export type AgentPauseMutationVariables = Exact<{
  pauseId: Scalars['ID']['input'];
}>;


export type AgentPauseMutation = { __typename?: 'Mutation', agentPause: { __typename?: 'AgentLiveState', agentId: string, userId: string, username: string, groupId: string, sipExtension: number, state: AgentState, since: string, version: number, loggedInAt: string | null, pauseId: string | null, pauseName: string | null, autoUnpauseAt: string | null, dispositionPending: boolean, phoneRegistered: boolean, campaignIds: Array<string>, callId: string | null, callCampaignId: string | null, contactId: string | null, phone: string | null } };

export type AgentUnpauseMutationVariables = Exact<{ [key: string]: never; }>;


export type AgentUnpauseMutation = { __typename?: 'Mutation', agentUnpause: { __typename?: 'AgentLiveState', agentId: string, userId: string, username: string, groupId: string, sipExtension: number, state: AgentState, since: string, version: number, loggedInAt: string | null, pauseId: string | null, pauseName: string | null, autoUnpauseAt: string | null, dispositionPending: boolean, phoneRegistered: boolean, campaignIds: Array<string>, callId: string | null, callCampaignId: string | null, contactId: string | null, phone: string | null } };

export type AudioRowFragment = { __typename?: 'AudioFile', id: string, name: string, originalFileName: string, durationSeconds: number, sizeBytes: number, createdAt: string };

export type AudioFilesQueryVariables = Exact<{ [key: string]: never; }>;


export type AudioFilesQuery = { __typename?: 'Query', audioFiles: Array<{ __typename?: 'AudioFile', id: string, name: string, originalFileName: string, durationSeconds: number, sizeBytes: number, createdAt: string }> };

export type DeleteAudioFileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAudioFileMutation = { __typename?: 'Mutation', deleteAudioFile: boolean };

export type HoldCallMutationVariables = Exact<{ [key: string]: never; }>;


export type HoldCallMutation = { __typename?: 'Mutation', holdCall: boolean };

export type UnholdCallMutationVariables = Exact<{ [key: string]: never; }>;


export type UnholdCallMutation = { __typename?: 'Mutation', unholdCall: boolean };

export type HangupCallMutationVariables = Exact<{ [key: string]: never; }>;


export type HangupCallMutation = { __typename?: 'Mutation', hangupCall: boolean };

export type StartCallRecordingMutationVariables = Exact<{ [key: string]: never; }>;


export type StartCallRecordingMutation = { __typename?: 'Mutation', startCallRecording: string };

export type StopCallRecordingMutationVariables = Exact<{ [key: string]: never; }>;


export type StopCallRecordingMutation = { __typename?: 'Mutation', stopCallRecording: boolean };

export type TagCallRecordingMutationVariables = Exact<{
  note: Scalars['String']['input'];
}>;


export type TagCallRecordingMutation = { __typename?: 'Mutation', tagCallRecording: { __typename?: 'RecordingTag', id: string, note: string, at: string } };

export type TransferCallMutationVariables = Exact<{
  input: TransferCallInput;
}>;


export type TransferCallMutation = { __typename?: 'Mutation', transferCall: boolean };

export type CompleteCallTransferMutationVariables = Exact<{ [key: string]: never; }>;


export type CompleteCallTransferMutation = { __typename?: 'Mutation', completeCallTransfer: boolean };

export type CancelCallTransferMutationVariables = Exact<{ [key: string]: never; }>;


export type CancelCallTransferMutation = { __typename?: 'Mutation', cancelCallTransfer: boolean };

export type ConferenceCallMutationVariables = Exact<{ [key: string]: never; }>;


export type ConferenceCallMutation = { __typename?: 'Mutation', conferenceCall: boolean };

export type CallContextQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type CallContextQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, name: string, type: CampaignType, showCampaignName: boolean, speech: string | null, interactionType: InteractionType, externalUrl: string | null, contactDatabase: { __typename?: 'ContactDatabase', id: string, phoneColumns: Array<string> } | null } };

export type CallContactQueryVariables = Exact<{
  contactId: Scalars['ID']['input'];
}>;


export type CallContactQuery = { __typename?: 'Query', contact: { __typename?: 'Contact', id: string, phone: string | null, data: Record<string, unknown> } };

export type CampaignActivityByQuarterHourQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  day?: InputMaybe<Scalars['String']['input']>;
}>;


export type CampaignActivityByQuarterHourQuery = { __typename?: 'Query', campaignActivityByQuarterHour: Array<{ __typename?: 'QuarterHourActivity', startsAt: string, calls: number, answered: number, connected: number, abandoned: number }> };

export type CampaignDispositionsTodayQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type CampaignDispositionsTodayQuery = { __typename?: 'Query', campaignDispositionsToday: Array<{ __typename?: 'DispositionCount', optionId: string, name: string, count: number }> };

export type CampaignContactQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  contactId: Scalars['ID']['input'];
}>;


export type CampaignContactQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, name: string, hiddenContactFields: Array<string>, blockedContactFields: Array<string>, contactDatabase: { __typename?: 'ContactDatabase', id: string, columns: Array<string>, phoneColumns: Array<string> } | null }, contact: { __typename?: 'Contact', id: string, phone: string | null, data: Record<string, unknown> } };

export type MyCallContactQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCallContactQuery = { __typename?: 'Query', myCallContact: { __typename?: 'CallContactView', editable: boolean, campaign: { __typename?: 'CallCampaignView', id: string, name: string, hiddenContactFields: Array<string>, blockedContactFields: Array<string>, columns: Array<string>, phoneColumns: Array<string> }, contact: { __typename?: 'Contact', id: string, phone: string | null, data: Record<string, unknown> } | null } | null };

export type UpdateCampaignContactMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  contactId: Scalars['ID']['input'];
  data: Scalars['JSONObject']['input'];
}>;


export type UpdateCampaignContactMutation = { __typename?: 'Mutation', updateCampaignContact: { __typename?: 'Contact', id: string, phone: string | null, data: Record<string, unknown> } };

export type SearchContactsByPhoneQueryVariables = Exact<{
  phone: Scalars['String']['input'];
}>;


export type SearchContactsByPhoneQuery = { __typename?: 'Query', searchContactsByPhone: Array<{ __typename?: 'Contact', id: string, phone: string | null, data: Record<string, unknown>, database: { __typename?: 'ContactDatabase', id: string, name: string } }> };

export type SearchCampaignContactsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  search: Scalars['String']['input'];
}>;


export type SearchCampaignContactsQuery = { __typename?: 'Query', campaignContacts: { __typename?: 'ContactConnection', totalCount: number, nodes: Array<{ __typename?: 'Contact', id: string, phone: string | null, data: Record<string, unknown> }> } };

export type AgentCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentCampaignsQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', nodes: Array<{ __typename?: 'Campaign', id: string, name: string, type: CampaignType, hiddenContactFields: Array<string>, contactDatabase: { __typename?: 'ContactDatabase', id: string, columns: Array<string>, phoneColumns: Array<string> } | null }> } };

export type CreateCampaignContactMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  data: Scalars['JSONObject']['input'];
}>;


export type CreateCampaignContactMutation = { __typename?: 'Mutation', createCampaignContact: { __typename?: 'Contact', id: string, phone: string | null, data: Record<string, unknown> } };

export type NewContactShapeQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type NewContactShapeQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, hiddenContactFields: Array<string>, contactDatabase: { __typename?: 'ContactDatabase', id: string, columns: Array<string>, phoneColumns: Array<string> } | null } };

export type DestinationNodesQueryVariables = Exact<{ [key: string]: never; }>;


export type DestinationNodesQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', nodes: Array<{ __typename?: 'Campaign', id: string, name: string }> }, ivrs: { __typename?: 'IvrConnection', nodes: Array<{ __typename?: 'Ivr', id: string, name: string }> }, timeConditions: { __typename?: 'TimeConditionConnection', nodes: Array<{ __typename?: 'TimeCondition', id: string, name: string }> }, callerIdentifications: { __typename?: 'CallerIdentificationConnection', nodes: Array<{ __typename?: 'CallerIdentification', id: string, name: string }> }, customDestinations: { __typename?: 'CustomDestinationConnection', nodes: Array<{ __typename?: 'CustomDestination', id: string, name: string }> } };

export type PacingFragment = { __typename?: 'DialerPacingState', campaignId: string, mode: string, dialLevel: number | null, forecastFreeAgents: number | null, callsInFlight: number, humansWaiting: number, agentsLoggedIn: number, agentsReady: number, lastOriginated: number, abandonTargetPercent: number | null, decidedAt: string };

export type DialerPacingChangedSubscriptionVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type DialerPacingChangedSubscription = { __typename?: 'Subscription', dialerPacingChanged: { __typename?: 'DialerPacingEvent', id: string, kind: LiveEventKind, occurredAt: string, pacing: { __typename?: 'DialerPacingState', campaignId: string, mode: string, dialLevel: number | null, forecastFreeAgents: number | null, callsInFlight: number, humansWaiting: number, agentsLoggedIn: number, agentsReady: number, lastOriginated: number, abandonTargetPercent: number | null, decidedAt: string } | null } };

export type DispositionContextQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type DispositionContextQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, name: string, type: CampaignType, dispositionOptions: Array<{ __typename?: 'DispositionOption', id: string, name: string, type: DispositionType, position: number, hidden: boolean, form: { __typename?: 'Form', id: string, name: string, fields: Array<{ __typename?: 'FormField', id: string, name: string, label: string, type: FormFieldType, required: boolean, options: Array<string>, position: number }> } | null }> } };

export type DisposeContactMutationVariables = Exact<{
  input: DisposeContactInput;
}>;


export type DisposeContactMutation = { __typename?: 'Mutation', disposeContact: { __typename?: 'Disposition', id: string, revision: number, option: { __typename?: 'DispositionOption', id: string, name: string, type: DispositionType } } };

export type QueueStatsFragment = { __typename?: 'InboundQueueStats', campaignId: string, day: string, timeZone: string, longestWaitSince: string | null, answered: number, abandoned: number, abandonedDuringWelcome: number, expired: number, averageWaitSeconds: number | null, averageTalkSeconds: number | null, serviceLevelSeconds: number, serviceLevelPercent: number | null, updatedAt: string, waiting: Array<{ __typename?: 'WaitingCaller', callId: string, phone: string | null, position: number, waitingSince: string }>, agentsByState: Array<{ __typename?: 'AgentStateCount', state: AgentState, count: number }> };

export type InboundQueueStatsChangedSubscriptionVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type InboundQueueStatsChangedSubscription = { __typename?: 'Subscription', inboundQueueStatsChanged: { __typename?: 'InboundQueueStatsEvent', id: string, kind: LiveEventKind, occurredAt: string, stats: { __typename?: 'InboundQueueStats', campaignId: string, day: string, timeZone: string, longestWaitSince: string | null, answered: number, abandoned: number, abandonedDuringWelcome: number, expired: number, averageWaitSeconds: number | null, averageTalkSeconds: number | null, serviceLevelSeconds: number, serviceLevelPercent: number | null, updatedAt: string, waiting: Array<{ __typename?: 'WaitingCaller', callId: string, phone: string | null, position: number, waitingSince: string }>, agentsByState: Array<{ __typename?: 'AgentStateCount', state: AgentState, count: number }> } } };

export type InboundRouteRowFragment = { __typename?: 'InboundRoute', id: string, name: string, did: string, callerIdPrefix: string, language: string, destination: { __typename?: 'Destination', type: DestinationType, id: string | null } };

export type InboundRoutesQueryVariables = Exact<{ [key: string]: never; }>;


export type InboundRoutesQuery = { __typename?: 'Query', inboundRoutes: { __typename?: 'InboundRouteConnection', nodes: Array<{ __typename?: 'InboundRoute', id: string, name: string, did: string, callerIdPrefix: string, language: string, destination: { __typename?: 'Destination', type: DestinationType, id: string | null } }> }, promptLanguages: Array<{ __typename?: 'PromptLanguage', code: string, installed: boolean }> };

export type CreateInboundRouteMutationVariables = Exact<{
  input: CreateInboundRouteInput;
}>;


export type CreateInboundRouteMutation = { __typename?: 'Mutation', createInboundRoute: { __typename?: 'InboundRoute', id: string, name: string, did: string, callerIdPrefix: string, language: string, destination: { __typename?: 'Destination', type: DestinationType, id: string | null } } };

export type UpdateInboundRouteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateInboundRouteInput;
}>;


export type UpdateInboundRouteMutation = { __typename?: 'Mutation', updateInboundRoute: { __typename?: 'InboundRoute', id: string, name: string, did: string, callerIdPrefix: string, language: string, destination: { __typename?: 'Destination', type: DestinationType, id: string | null } } };

export type DeleteInboundRouteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteInboundRouteMutation = { __typename?: 'Mutation', deleteInboundRoute: string };

export type IvrRowFragment = { __typename?: 'Ivr', id: string, name: string, mainAudioId: string, timeoutSeconds: number, timeoutRetries: number, timeoutAudioId: string | null, invalidRetries: number, invalidAudioId: string | null, timeoutDestination: { __typename?: 'Destination', type: DestinationType, id: string | null }, invalidDestination: { __typename?: 'Destination', type: DestinationType, id: string | null }, options: Array<{ __typename?: 'IvrOption', digit: string, destination: { __typename?: 'Destination', type: DestinationType, id: string | null } }> };

export type IvrsQueryVariables = Exact<{ [key: string]: never; }>;


export type IvrsQuery = { __typename?: 'Query', ivrs: { __typename?: 'IvrConnection', nodes: Array<{ __typename?: 'Ivr', id: string, name: string, mainAudioId: string, timeoutSeconds: number, timeoutRetries: number, timeoutAudioId: string | null, invalidRetries: number, invalidAudioId: string | null, timeoutDestination: { __typename?: 'Destination', type: DestinationType, id: string | null }, invalidDestination: { __typename?: 'Destination', type: DestinationType, id: string | null }, options: Array<{ __typename?: 'IvrOption', digit: string, destination: { __typename?: 'Destination', type: DestinationType, id: string | null } }> }> } };

export type CreateIvrMutationVariables = Exact<{
  input: CreateIvrInput;
}>;


export type CreateIvrMutation = { __typename?: 'Mutation', createIvr: { __typename?: 'Ivr', id: string, name: string, mainAudioId: string, timeoutSeconds: number, timeoutRetries: number, timeoutAudioId: string | null, invalidRetries: number, invalidAudioId: string | null, timeoutDestination: { __typename?: 'Destination', type: DestinationType, id: string | null }, invalidDestination: { __typename?: 'Destination', type: DestinationType, id: string | null }, options: Array<{ __typename?: 'IvrOption', digit: string, destination: { __typename?: 'Destination', type: DestinationType, id: string | null } }> } };

export type UpdateIvrMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateIvrInput;
}>;


export type UpdateIvrMutation = { __typename?: 'Mutation', updateIvr: { __typename?: 'Ivr', id: string, name: string, mainAudioId: string, timeoutSeconds: number, timeoutRetries: number, timeoutAudioId: string | null, invalidRetries: number, invalidAudioId: string | null, timeoutDestination: { __typename?: 'Destination', type: DestinationType, id: string | null }, invalidDestination: { __typename?: 'Destination', type: DestinationType, id: string | null }, options: Array<{ __typename?: 'IvrOption', digit: string, destination: { __typename?: 'Destination', type: DestinationType, id: string | null } }> } };

export type DeleteIvrMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteIvrMutation = { __typename?: 'Mutation', deleteIvr: string };

export type ManualCallCandidatesQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  phone: Scalars['String']['input'];
}>;


export type ManualCallCandidatesQuery = { __typename?: 'Query', manualCallCandidates: Array<{ __typename?: 'Contact', id: string, phone: string | null, data: Record<string, unknown> }> };

export type DialManualMutationVariables = Exact<{
  input: DialManualInput;
}>;


export type DialManualMutation = { __typename?: 'Mutation', dialManual: { __typename?: 'PlacedAgentCall', callId: string, campaignId: string | null, contactId: string | null, phone: string } };

export type CallAgentMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
}>;


export type CallAgentMutation = { __typename?: 'Mutation', callAgent: { __typename?: 'PlacedAgentCall', callId: string, phone: string } };

export type MyCallsQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type MyCallsQuery = { __typename?: 'Query', myCalls: { __typename?: 'MyCallConnection', nodes: Array<{ __typename?: 'MyCall', callId: string, startedAt: string, phone: string | null, durationSeconds: number | null, campaign: { __typename?: 'Campaign', id: string, name: string } | null, disposition: { __typename?: 'DispositionOption', id: string, name: string } | null }> } };

export type NextPreviewContactMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type NextPreviewContactMutation = { __typename?: 'Mutation', nextPreviewContact: { __typename?: 'PreviewContact', assignment: { __typename?: 'PreviewAssignment', id: string, attempts: number, reservedUntil: string | null }, contact: { __typename?: 'Contact', id: string, phone: string | null, data: Record<string, unknown> } } | null };

export type CallPreviewContactMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  phoneColumn?: InputMaybe<Scalars['String']['input']>;
}>;


export type CallPreviewContactMutation = { __typename?: 'Mutation', callPreviewContact: { __typename?: 'PreviewCall', callId: string, phone: string } };

export type ReleasePreviewContactMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
}>;


export type ReleasePreviewContactMutation = { __typename?: 'Mutation', releasePreviewContact: { __typename?: 'PreviewAssignment', id: string, status: PreviewAssignmentStatus } };

export type MyAgentStateChangedSubscriptionVariables = Exact<{
  agentId: Scalars['ID']['input'];
}>;


export type MyAgentStateChangedSubscription = { __typename?: 'Subscription', agentStateChanged: { __typename?: 'AgentStateEvent', id: string, kind: LiveEventKind, occurredAt: string, from: AgentState | null, agent: { __typename?: 'AgentLiveState', agentId: string, userId: string, username: string, groupId: string, sipExtension: number, state: AgentState, since: string, version: number, loggedInAt: string | null, pauseId: string | null, pauseName: string | null, autoUnpauseAt: string | null, dispositionPending: boolean, phoneRegistered: boolean, campaignIds: Array<string>, callId: string | null, callCampaignId: string | null, contactId: string | null, phone: string | null } } };

export type MyCallEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyCallEventsSubscription = { __typename?: 'Subscription', callEvents: { __typename?: 'CallEventUpdate', id: string, kind: LiveEventKind, eventKey: string, occurredAt: string, type: CallEventType, callId: string, agentId: string | null, campaignId: string | null, contactId: string | null, phone: string | null, data: Record<string, unknown>, durationSeconds: number | null, waitSeconds: number | null, recording: string | null } };

export type CurrentCallHistoryQueryVariables = Exact<{
  callId: Scalars['String']['input'];
}>;


export type CurrentCallHistoryQuery = { __typename?: 'Query', callEvents: { __typename?: 'CallEventConnection', nodes: Array<{ __typename?: 'CallEvent', id: string, eventKey: string, occurredAt: string, type: CallEventType, callId: string, agentId: string | null, campaignId: string | null, contactId: string | null, phone: string | null }> } };

export type ConsoleLoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type ConsoleLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, username: string, firstName: string, lastName: string, role: { __typename?: 'Role', name: string, builtIn: BuiltInRole | null, permissions: Array<Permission> } | null, agentProfile: { __typename?: 'AgentProfile', id: string, sipExtension: number, phoneType: AgentPhoneType, group: { __typename?: 'AgentGroup', id: string, name: string, allowHold: boolean, allowAgentToAgentCalls: boolean, allowOutOfCampaignCalls: boolean, allowRecordingsAccess: boolean, allowDashboardAccess: boolean, autoAttendDialer: boolean, autoAttendInbound: boolean, autoUnpauseSeconds: number, forceDisposition: boolean } } | null } } };

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, firstName: string, lastName: string, role: { __typename?: 'Role', name: string, builtIn: BuiltInRole | null, permissions: Array<Permission> } | null, agentProfile: { __typename?: 'AgentProfile', id: string, sipExtension: number, phoneType: AgentPhoneType, group: { __typename?: 'AgentGroup', id: string, name: string, allowHold: boolean, allowAgentToAgentCalls: boolean, allowOutOfCampaignCalls: boolean, allowRecordingsAccess: boolean, allowDashboardAccess: boolean, autoAttendDialer: boolean, autoAttendInbound: boolean, autoUnpauseSeconds: number, forceDisposition: boolean } } | null } };

export type ConsoleUserFragment = { __typename?: 'User', id: string, username: string, firstName: string, lastName: string, role: { __typename?: 'Role', name: string, builtIn: BuiltInRole | null, permissions: Array<Permission> } | null, agentProfile: { __typename?: 'AgentProfile', id: string, sipExtension: number, phoneType: AgentPhoneType, group: { __typename?: 'AgentGroup', id: string, name: string, allowHold: boolean, allowAgentToAgentCalls: boolean, allowOutOfCampaignCalls: boolean, allowRecordingsAccess: boolean, allowDashboardAccess: boolean, autoAttendDialer: boolean, autoAttendInbound: boolean, autoUnpauseSeconds: number, forceDisposition: boolean } } | null };

export type MySipCredentialsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySipCredentialsQuery = { __typename?: 'Query', mySipCredentials: { __typename?: 'SipCredentials', uri: string, username: string, password: string, domain: string, wsUrl: string } | null };

export type SpySessionFieldsFragment = { __typename?: 'SpySession', agentId: string, callId: string, mode: SpyMode, startedAt: string, supervisorUserId: string };

export type MySpySessionQueryVariables = Exact<{ [key: string]: never; }>;


export type MySpySessionQuery = { __typename?: 'Query', mySpySession: { __typename?: 'SpySession', agentId: string, callId: string, mode: SpyMode, startedAt: string, supervisorUserId: string } | null };

export type SpyAgentMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
  mode: SpyMode;
}>;


export type SpyAgentMutation = { __typename?: 'Mutation', spyAgent: { __typename?: 'SpySession', agentId: string, callId: string, mode: SpyMode, startedAt: string, supervisorUserId: string } };

export type StopSpyingMutationVariables = Exact<{ [key: string]: never; }>;


export type StopSpyingMutation = { __typename?: 'Mutation', stopSpying: boolean };

export type PauseReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type PauseReasonsQuery = { __typename?: 'Query', pauses: { __typename?: 'PauseConnection', nodes: Array<{ __typename?: 'Pause', id: string, name: string, type: PauseType }> } };

export type SupervisedAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisedAgentsQuery = { __typename?: 'Query', agentStates: Array<{ __typename?: 'AgentLiveState', agentId: string, userId: string, username: string, groupId: string, sipExtension: number, state: AgentState, since: string, version: number, loggedInAt: string | null, pauseId: string | null, pauseName: string | null, autoUnpauseAt: string | null, dispositionPending: boolean, phoneRegistered: boolean, campaignIds: Array<string>, callId: string | null, callCampaignId: string | null, contactId: string | null, phone: string | null }> };

export type SupervisedAgentStateChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SupervisedAgentStateChangedSubscription = { __typename?: 'Subscription', agentStateChanged: { __typename?: 'AgentStateEvent', id: string, kind: LiveEventKind, occurredAt: string, agent: { __typename?: 'AgentLiveState', agentId: string, userId: string, username: string, groupId: string, sipExtension: number, state: AgentState, since: string, version: number, loggedInAt: string | null, pauseId: string | null, pauseName: string | null, autoUnpauseAt: string | null, dispositionPending: boolean, phoneRegistered: boolean, campaignIds: Array<string>, callId: string | null, callCampaignId: string | null, contactId: string | null, phone: string | null } } };

export type SupervisedCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisedCampaignsQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', nodes: Array<{ __typename?: 'Campaign', id: string, name: string, type: CampaignType, state: CampaignState }> } };

export type SupervisedGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisedGroupsQuery = { __typename?: 'Query', agentGroups: { __typename?: 'AgentGroupConnection', nodes: Array<{ __typename?: 'AgentGroup', id: string, name: string }> } };

export type ForceAgentPauseMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
  pauseId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ForceAgentPauseMutation = { __typename?: 'Mutation', forceAgentPause: { __typename?: 'AgentLiveState', agentId: string, userId: string, username: string, groupId: string, sipExtension: number, state: AgentState, since: string, version: number, loggedInAt: string | null, pauseId: string | null, pauseName: string | null, autoUnpauseAt: string | null, dispositionPending: boolean, phoneRegistered: boolean, campaignIds: Array<string>, callId: string | null, callCampaignId: string | null, contactId: string | null, phone: string | null } };

export type ForceAgentUnpauseMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
}>;


export type ForceAgentUnpauseMutation = { __typename?: 'Mutation', forceAgentUnpause: { __typename?: 'AgentLiveState', agentId: string, userId: string, username: string, groupId: string, sipExtension: number, state: AgentState, since: string, version: number, loggedInAt: string | null, pauseId: string | null, pauseName: string | null, autoUnpauseAt: string | null, dispositionPending: boolean, phoneRegistered: boolean, campaignIds: Array<string>, callId: string | null, callCampaignId: string | null, contactId: string | null, phone: string | null } };

export type ForceAgentLogoutMutationVariables = Exact<{
  agentId: Scalars['ID']['input'];
}>;


export type ForceAgentLogoutMutation = { __typename?: 'Mutation', forceAgentLogout: { __typename?: 'AgentLiveState', agentId: string, userId: string, username: string, groupId: string, sipExtension: number, state: AgentState, since: string, version: number, loggedInAt: string | null, pauseId: string | null, pauseName: string | null, autoUnpauseAt: string | null, dispositionPending: boolean, phoneRegistered: boolean, campaignIds: Array<string>, callId: string | null, callCampaignId: string | null, contactId: string | null, phone: string | null } };

export type CountersFragment = { __typename?: 'CampaignCounters', campaignId: string, day: string, timeZone: string, dialed: number, answered: number, humansAnswered: number, machines: number, notAnswered: number, connected: number, lost: number, engaged: number, dialingNow: number, pending: number | null, agentsOnline: number, agentsOnCall: number, agentsPaused: number, abandonRatePercent: number | null, abandonRatePercent30Days: number | null, updatedAt: string };

export type CampaignCountersQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type CampaignCountersQuery = { __typename?: 'Query', campaignCounters: { __typename?: 'CampaignCounters', campaignId: string, day: string, timeZone: string, dialed: number, answered: number, humansAnswered: number, machines: number, notAnswered: number, connected: number, lost: number, engaged: number, dialingNow: number, pending: number | null, agentsOnline: number, agentsOnCall: number, agentsPaused: number, abandonRatePercent: number | null, abandonRatePercent30Days: number | null, updatedAt: string } };

export type CampaignCountersChangedSubscriptionVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type CampaignCountersChangedSubscription = { __typename?: 'Subscription', campaignCountersChanged: { __typename?: 'CampaignCountersEvent', id: string, kind: LiveEventKind, occurredAt: string, counters: { __typename?: 'CampaignCounters', campaignId: string, day: string, timeZone: string, dialed: number, answered: number, humansAnswered: number, machines: number, notAnswered: number, connected: number, lost: number, engaged: number, dialingNow: number, pending: number | null, agentsOnline: number, agentsOnCall: number, agentsPaused: number, abandonRatePercent: number | null, abandonRatePercent30Days: number | null, updatedAt: string } } };

export type TimeGroupRowFragment = { __typename?: 'TimeGroup', id: string, name: string, rules: Array<{ __typename?: 'TimeRule', startTime: string | null, endTime: string | null, weekdayFrom: Weekday | null, weekdayTo: Weekday | null, dayOfMonthFrom: number | null, dayOfMonthTo: number | null, monthFrom: number | null, monthTo: number | null }> };

export type TimeConditionRowFragment = { __typename?: 'TimeCondition', id: string, name: string, timeZone: string, timeGroup: { __typename?: 'TimeGroup', id: string, name: string }, matchDestination: { __typename?: 'Destination', type: DestinationType, id: string | null }, otherwiseDestination: { __typename?: 'Destination', type: DestinationType, id: string | null } };

export type TimeGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type TimeGroupsQuery = { __typename?: 'Query', timeGroups: { __typename?: 'TimeGroupConnection', nodes: Array<{ __typename?: 'TimeGroup', id: string, name: string, rules: Array<{ __typename?: 'TimeRule', startTime: string | null, endTime: string | null, weekdayFrom: Weekday | null, weekdayTo: Weekday | null, dayOfMonthFrom: number | null, dayOfMonthTo: number | null, monthFrom: number | null, monthTo: number | null }> }> } };

export type CreateTimeGroupMutationVariables = Exact<{
  input: CreateTimeGroupInput;
}>;


export type CreateTimeGroupMutation = { __typename?: 'Mutation', createTimeGroup: { __typename?: 'TimeGroup', id: string, name: string, rules: Array<{ __typename?: 'TimeRule', startTime: string | null, endTime: string | null, weekdayFrom: Weekday | null, weekdayTo: Weekday | null, dayOfMonthFrom: number | null, dayOfMonthTo: number | null, monthFrom: number | null, monthTo: number | null }> } };

export type UpdateTimeGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTimeGroupInput;
}>;


export type UpdateTimeGroupMutation = { __typename?: 'Mutation', updateTimeGroup: { __typename?: 'TimeGroup', id: string, name: string, rules: Array<{ __typename?: 'TimeRule', startTime: string | null, endTime: string | null, weekdayFrom: Weekday | null, weekdayTo: Weekday | null, dayOfMonthFrom: number | null, dayOfMonthTo: number | null, monthFrom: number | null, monthTo: number | null }> } };

export type DeleteTimeGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTimeGroupMutation = { __typename?: 'Mutation', deleteTimeGroup: string };

export type TimeConditionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TimeConditionsQuery = { __typename?: 'Query', timeConditions: { __typename?: 'TimeConditionConnection', nodes: Array<{ __typename?: 'TimeCondition', id: string, name: string, timeZone: string, timeGroup: { __typename?: 'TimeGroup', id: string, name: string }, matchDestination: { __typename?: 'Destination', type: DestinationType, id: string | null }, otherwiseDestination: { __typename?: 'Destination', type: DestinationType, id: string | null } }> }, timeGroups: { __typename?: 'TimeGroupConnection', nodes: Array<{ __typename?: 'TimeGroup', id: string, name: string }> } };

export type CreateTimeConditionMutationVariables = Exact<{
  input: CreateTimeConditionInput;
}>;


export type CreateTimeConditionMutation = { __typename?: 'Mutation', createTimeCondition: { __typename?: 'TimeCondition', id: string, name: string, timeZone: string, timeGroup: { __typename?: 'TimeGroup', id: string, name: string }, matchDestination: { __typename?: 'Destination', type: DestinationType, id: string | null }, otherwiseDestination: { __typename?: 'Destination', type: DestinationType, id: string | null } } };

export type UpdateTimeConditionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTimeConditionInput;
}>;


export type UpdateTimeConditionMutation = { __typename?: 'Mutation', updateTimeCondition: { __typename?: 'TimeCondition', id: string, name: string, timeZone: string, timeGroup: { __typename?: 'TimeGroup', id: string, name: string }, matchDestination: { __typename?: 'Destination', type: DestinationType, id: string | null }, otherwiseDestination: { __typename?: 'Destination', type: DestinationType, id: string | null } } };

export type DeleteTimeConditionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTimeConditionMutation = { __typename?: 'Mutation', deleteTimeCondition: string };

export type TransferTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type TransferTargetsQuery = { __typename?: 'Query', transferTargets: { __typename?: 'TransferTargets', agents: Array<{ __typename?: 'TransferAgent', agentId: string, displayName: string, sipExtension: number, state: AgentState, pauseId: string | null, pauseName: string | null, available: boolean }>, campaigns: Array<{ __typename?: 'TransferCampaign', id: string, name: string }> } };

export const AgentLiveFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentLive"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseId"}},{"kind":"Field","name":{"kind":"Name","value":"pauseName"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionPending"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"campaignIds"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<AgentLiveFragment, unknown>;
export const AudioRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AudioRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AudioFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originalFileName"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AudioRowFragment, unknown>;
export const PacingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pacing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialerPacingState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"dialLevel"}},{"kind":"Field","name":{"kind":"Name","value":"forecastFreeAgents"}},{"kind":"Field","name":{"kind":"Name","value":"callsInFlight"}},{"kind":"Field","name":{"kind":"Name","value":"humansWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"agentsLoggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"agentsReady"}},{"kind":"Field","name":{"kind":"Name","value":"lastOriginated"}},{"kind":"Field","name":{"kind":"Name","value":"abandonTargetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<PacingFragment, unknown>;
export const QueueStatsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboundQueueStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}}]}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSince"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"abandonedDuringWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"averageWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"averageTalkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelPercent"}},{"kind":"Field","name":{"kind":"Name","value":"agentsByState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<QueueStatsFragment, unknown>;
export const InboundRouteRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboundRouteRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboundRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InboundRouteRowFragment, unknown>;
export const IvrRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IvrRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ivr"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mainAudioId"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutRetries"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutAudioId"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invalidRetries"}},{"kind":"Field","name":{"kind":"Name","value":"invalidAudioId"}},{"kind":"Field","name":{"kind":"Name","value":"invalidDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<IvrRowFragment, unknown>;
export const ConsoleUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"phoneType"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allowHold"}},{"kind":"Field","name":{"kind":"Name","value":"allowAgentToAgentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"allowOutOfCampaignCalls"}},{"kind":"Field","name":{"kind":"Name","value":"allowRecordingsAccess"}},{"kind":"Field","name":{"kind":"Name","value":"allowDashboardAccess"}},{"kind":"Field","name":{"kind":"Name","value":"autoAttendDialer"}},{"kind":"Field","name":{"kind":"Name","value":"autoAttendInbound"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forceDisposition"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUserFragment, unknown>;
export const SpySessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpySessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorUserId"}}]}}]} as unknown as DocumentNode<SpySessionFieldsFragment, unknown>;
export const CountersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Counters"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignCounters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"dialed"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"humansAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"machines"}},{"kind":"Field","name":{"kind":"Name","value":"notAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"engaged"}},{"kind":"Field","name":{"kind":"Name","value":"dialingNow"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"agentsOnline"}},{"kind":"Field","name":{"kind":"Name","value":"agentsOnCall"}},{"kind":"Field","name":{"kind":"Name","value":"agentsPaused"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRatePercent30Days"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CountersFragment, unknown>;
export const TimeGroupRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayTo"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonthFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonthTo"}},{"kind":"Field","name":{"kind":"Name","value":"monthFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthTo"}}]}}]}}]} as unknown as DocumentNode<TimeGroupRowFragment, unknown>;
export const TimeConditionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeConditionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeCondition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"timeGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherwiseDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TimeConditionRowFragment, unknown>;
export const MyCallbacksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCallbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PERSONAL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCallbacksQuery, MyCallbacksQueryVariables>;
export const MarkCallbackDoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkCallbackDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markCallbackDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MarkCallbackDoneMutation, MarkCallbackDoneMutationVariables>;
export const MyAgentStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAgentState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAgentState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentLive"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentLive"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseId"}},{"kind":"Field","name":{"kind":"Name","value":"pauseName"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionPending"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"campaignIds"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<MyAgentStateQuery, MyAgentStateQueryVariables>;
export const AgentLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgentLogin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentLogin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentLive"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentLive"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseId"}},{"kind":"Field","name":{"kind":"Name","value":"pauseName"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionPending"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"campaignIds"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<AgentLoginMutation, AgentLoginMutationVariables>;
export const AgentLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgentLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentLive"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentLive"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseId"}},{"kind":"Field","name":{"kind":"Name","value":"pauseName"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionPending"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"campaignIds"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<AgentLogoutMutation, AgentLogoutMutationVariables>;
export const AgentPauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgentPause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pauseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentPause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pauseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pauseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentLive"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentLive"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseId"}},{"kind":"Field","name":{"kind":"Name","value":"pauseName"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionPending"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"campaignIds"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<AgentPauseMutation, AgentPauseMutationVariables>;
export const AgentUnpauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgentUnpause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentUnpause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentLive"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentLive"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseId"}},{"kind":"Field","name":{"kind":"Name","value":"pauseName"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionPending"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"campaignIds"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<AgentUnpauseMutation, AgentUnpauseMutationVariables>;
export const AudioFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AudioFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audioFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AudioRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AudioRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AudioFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"originalFileName"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AudioFilesQuery, AudioFilesQueryVariables>;
export const DeleteAudioFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAudioFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAudioFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAudioFileMutation, DeleteAudioFileMutationVariables>;
export const HoldCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdCall"}}]}}]} as unknown as DocumentNode<HoldCallMutation, HoldCallMutationVariables>;
export const UnholdCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnholdCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unholdCall"}}]}}]} as unknown as DocumentNode<UnholdCallMutation, UnholdCallMutationVariables>;
export const HangupCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HangupCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hangupCall"}}]}}]} as unknown as DocumentNode<HangupCallMutation, HangupCallMutationVariables>;
export const StartCallRecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCallRecording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCallRecording"}}]}}]} as unknown as DocumentNode<StartCallRecordingMutation, StartCallRecordingMutationVariables>;
export const StopCallRecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopCallRecording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopCallRecording"}}]}}]} as unknown as DocumentNode<StopCallRecordingMutation, StopCallRecordingMutationVariables>;
export const TagCallRecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagCallRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagCallRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<TagCallRecordingMutation, TagCallRecordingMutationVariables>;
export const TransferCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<TransferCallMutation, TransferCallMutationVariables>;
export const CompleteCallTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteCallTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeCallTransfer"}}]}}]} as unknown as DocumentNode<CompleteCallTransferMutation, CompleteCallTransferMutationVariables>;
export const CancelCallTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCallTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCallTransfer"}}]}}]} as unknown as DocumentNode<CancelCallTransferMutation, CancelCallTransferMutationVariables>;
export const ConferenceCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferenceCall"}}]}}]} as unknown as DocumentNode<ConferenceCallMutation, ConferenceCallMutationVariables>;
export const CallContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"showCampaignName"}},{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"interactionType"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contactDatabase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneColumns"}}]}}]}}]}}]} as unknown as DocumentNode<CallContextQuery, CallContextQueryVariables>;
export const CallContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CallContactQuery, CallContactQueryVariables>;
export const CampaignActivityByQuarterHourDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignActivityByQuarterHour"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignActivityByQuarterHour"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}}]}}]}}]} as unknown as DocumentNode<CampaignActivityByQuarterHourQuery, CampaignActivityByQuarterHourQueryVariables>;
export const CampaignDispositionsTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignDispositionsToday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignDispositionsToday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CampaignDispositionsTodayQuery, CampaignDispositionsTodayQueryVariables>;
export const CampaignContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenContactFields"}},{"kind":"Field","name":{"kind":"Name","value":"blockedContactFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactDatabase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"phoneColumns"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CampaignContactQuery, CampaignContactQueryVariables>;
export const MyCallContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCallContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCallContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenContactFields"}},{"kind":"Field","name":{"kind":"Name","value":"blockedContactFields"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"phoneColumns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]}}]} as unknown as DocumentNode<MyCallContactQuery, MyCallContactQueryVariables>;
export const UpdateCampaignContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaignContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaignContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<UpdateCampaignContactMutation, UpdateCampaignContactMutationVariables>;
export const SearchContactsByPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchContactsByPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchContactsByPhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"database"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SearchContactsByPhoneQuery, SearchContactsByPhoneQueryVariables>;
export const SearchCampaignContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCampaignContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]} as unknown as DocumentNode<SearchCampaignContactsQuery, SearchCampaignContactsQueryVariables>;
export const AgentCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenContactFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactDatabase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"phoneColumns"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentCampaignsQuery, AgentCampaignsQueryVariables>;
export const CreateCampaignContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaignContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaignContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CreateCampaignContactMutation, CreateCampaignContactMutationVariables>;
export const NewContactShapeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewContactShape"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenContactFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactDatabase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"phoneColumns"}}]}}]}}]}}]} as unknown as DocumentNode<NewContactShapeQuery, NewContactShapeQueryVariables>;
export const DestinationNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DestinationNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"INBOUND"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ivrs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeConditions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callerIdentifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customDestinations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DestinationNodesQuery, DestinationNodesQueryVariables>;
export const DialerPacingChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DialerPacingChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialerPacingChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pacing"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pacing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialerPacingState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"dialLevel"}},{"kind":"Field","name":{"kind":"Name","value":"forecastFreeAgents"}},{"kind":"Field","name":{"kind":"Name","value":"callsInFlight"}},{"kind":"Field","name":{"kind":"Name","value":"humansWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"agentsLoggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"agentsReady"}},{"kind":"Field","name":{"kind":"Name","value":"lastOriginated"}},{"kind":"Field","name":{"kind":"Name","value":"abandonTargetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<DialerPacingChangedSubscription, DialerPacingChangedSubscriptionVariables>;
export const DispositionContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispositionContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DispositionContextQuery, DispositionContextQueryVariables>;
export const DisposeContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisposeContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisposeContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disposeContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<DisposeContactMutation, DisposeContactMutationVariables>;
export const InboundQueueStatsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboundQueueStatsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboundQueueStatsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueStats"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboundQueueStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}}]}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSince"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"abandonedDuringWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"averageWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"averageTalkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelPercent"}},{"kind":"Field","name":{"kind":"Name","value":"agentsByState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<InboundQueueStatsChangedSubscription, InboundQueueStatsChangedSubscriptionVariables>;
export const InboundRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboundRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboundRoutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboundRouteRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promptLanguages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"installed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboundRouteRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboundRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InboundRoutesQuery, InboundRoutesQueryVariables>;
export const CreateInboundRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInboundRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInboundRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInboundRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboundRouteRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboundRouteRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboundRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateInboundRouteMutation, CreateInboundRouteMutationVariables>;
export const UpdateInboundRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInboundRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInboundRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInboundRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboundRouteRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboundRouteRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboundRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateInboundRouteMutation, UpdateInboundRouteMutationVariables>;
export const DeleteInboundRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInboundRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInboundRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteInboundRouteMutation, DeleteInboundRouteMutationVariables>;
export const IvrsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ivrs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ivrs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IvrRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IvrRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ivr"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mainAudioId"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutRetries"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutAudioId"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invalidRetries"}},{"kind":"Field","name":{"kind":"Name","value":"invalidAudioId"}},{"kind":"Field","name":{"kind":"Name","value":"invalidDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<IvrsQuery, IvrsQueryVariables>;
export const CreateIvrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIvr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIvrInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIvr"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IvrRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IvrRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ivr"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mainAudioId"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutRetries"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutAudioId"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invalidRetries"}},{"kind":"Field","name":{"kind":"Name","value":"invalidAudioId"}},{"kind":"Field","name":{"kind":"Name","value":"invalidDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateIvrMutation, CreateIvrMutationVariables>;
export const UpdateIvrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIvr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIvrInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIvr"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IvrRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IvrRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ivr"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mainAudioId"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutRetries"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutAudioId"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invalidRetries"}},{"kind":"Field","name":{"kind":"Name","value":"invalidAudioId"}},{"kind":"Field","name":{"kind":"Name","value":"invalidDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digit"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateIvrMutation, UpdateIvrMutationVariables>;
export const DeleteIvrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIvr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIvr"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteIvrMutation, DeleteIvrMutationVariables>;
export const ManualCallCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManualCallCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manualCallCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<ManualCallCandidatesQuery, ManualCallCandidatesQueryVariables>;
export const DialManualDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DialManual"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DialManualInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialManual"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<DialManualMutation, DialManualMutationVariables>;
export const CallAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CallAgentMutation, CallAgentMutationVariables>;
export const MyCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCallsQuery, MyCallsQueryVariables>;
export const NextPreviewContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NextPreviewContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextPreviewContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"reservedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]} as unknown as DocumentNode<NextPreviewContactMutation, NextPreviewContactMutationVariables>;
export const CallPreviewContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallPreviewContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phoneColumn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callPreviewContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"phoneColumn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phoneColumn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CallPreviewContactMutation, CallPreviewContactMutationVariables>;
export const ReleasePreviewContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleasePreviewContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releasePreviewContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReleasePreviewContactMutation, ReleasePreviewContactMutationVariables>;
export const MyAgentStateChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyAgentStateChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentStateChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentLive"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentLive"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseId"}},{"kind":"Field","name":{"kind":"Name","value":"pauseName"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionPending"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"campaignIds"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<MyAgentStateChangedSubscription, MyAgentStateChangedSubscriptionVariables>;
export const MyCallEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyCallEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventKey"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"waitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"recording"}}]}}]}}]} as unknown as DocumentNode<MyCallEventsSubscription, MyCallEventsSubscriptionVariables>;
export const CurrentCallHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentCallHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventKey"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentCallHistoryQuery, CurrentCallHistoryQueryVariables>;
export const ConsoleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"phoneType"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allowHold"}},{"kind":"Field","name":{"kind":"Name","value":"allowAgentToAgentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"allowOutOfCampaignCalls"}},{"kind":"Field","name":{"kind":"Name","value":"allowRecordingsAccess"}},{"kind":"Field","name":{"kind":"Name","value":"allowDashboardAccess"}},{"kind":"Field","name":{"kind":"Name","value":"autoAttendDialer"}},{"kind":"Field","name":{"kind":"Name","value":"autoAttendInbound"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forceDisposition"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agentProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"phoneType"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allowHold"}},{"kind":"Field","name":{"kind":"Name","value":"allowAgentToAgentCalls"}},{"kind":"Field","name":{"kind":"Name","value":"allowOutOfCampaignCalls"}},{"kind":"Field","name":{"kind":"Name","value":"allowRecordingsAccess"}},{"kind":"Field","name":{"kind":"Name","value":"allowDashboardAccess"}},{"kind":"Field","name":{"kind":"Name","value":"autoAttendDialer"}},{"kind":"Field","name":{"kind":"Name","value":"autoAttendInbound"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forceDisposition"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const MySipCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySipCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySipCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"password"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"wsUrl"}}]}}]}}]} as unknown as DocumentNode<MySipCredentialsQuery, MySipCredentialsQueryVariables>;
export const MySpySessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySpySession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySpySession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpySessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpySessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorUserId"}}]}}]} as unknown as DocumentNode<MySpySessionQuery, MySpySessionQueryVariables>;
export const SpyAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpyAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpyMode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spyAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpySessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpySessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorUserId"}}]}}]} as unknown as DocumentNode<SpyAgentMutation, SpyAgentMutationVariables>;
export const StopSpyingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopSpying"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopSpying"}}]}}]} as unknown as DocumentNode<StopSpyingMutation, StopSpyingMutationVariables>;
export const PauseReasonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PauseReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<PauseReasonsQuery, PauseReasonsQueryVariables>;
export const SupervisedAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisedAgents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentLive"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentLive"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseId"}},{"kind":"Field","name":{"kind":"Name","value":"pauseName"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionPending"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"campaignIds"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<SupervisedAgentsQuery, SupervisedAgentsQueryVariables>;
export const SupervisedAgentStateChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SupervisedAgentStateChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentStateChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentLive"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentLive"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseId"}},{"kind":"Field","name":{"kind":"Name","value":"pauseName"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionPending"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"campaignIds"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<SupervisedAgentStateChangedSubscription, SupervisedAgentStateChangedSubscriptionVariables>;
export const SupervisedCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisedCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisedCampaignsQuery, SupervisedCampaignsQueryVariables>;
export const SupervisedGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisedGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisedGroupsQuery, SupervisedGroupsQueryVariables>;
export const ForceAgentPauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForceAgentPause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pauseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceAgentPause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"pauseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pauseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentLive"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentLive"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseId"}},{"kind":"Field","name":{"kind":"Name","value":"pauseName"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionPending"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"campaignIds"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<ForceAgentPauseMutation, ForceAgentPauseMutationVariables>;
export const ForceAgentUnpauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForceAgentUnpause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceAgentUnpause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentLive"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentLive"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseId"}},{"kind":"Field","name":{"kind":"Name","value":"pauseName"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionPending"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"campaignIds"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<ForceAgentUnpauseMutation, ForceAgentUnpauseMutationVariables>;
export const ForceAgentLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForceAgentLogout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceAgentLogout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgentLive"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgentLive"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentLiveState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"loggedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseId"}},{"kind":"Field","name":{"kind":"Name","value":"pauseName"}},{"kind":"Field","name":{"kind":"Name","value":"autoUnpauseAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispositionPending"}},{"kind":"Field","name":{"kind":"Name","value":"phoneRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"campaignIds"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<ForceAgentLogoutMutation, ForceAgentLogoutMutationVariables>;
export const CampaignCountersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignCounters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignCounters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Counters"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Counters"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignCounters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"dialed"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"humansAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"machines"}},{"kind":"Field","name":{"kind":"Name","value":"notAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"engaged"}},{"kind":"Field","name":{"kind":"Name","value":"dialingNow"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"agentsOnline"}},{"kind":"Field","name":{"kind":"Name","value":"agentsOnCall"}},{"kind":"Field","name":{"kind":"Name","value":"agentsPaused"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRatePercent30Days"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CampaignCountersQuery, CampaignCountersQueryVariables>;
export const CampaignCountersChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CampaignCountersChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignCountersChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Counters"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Counters"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignCounters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"dialed"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"humansAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"machines"}},{"kind":"Field","name":{"kind":"Name","value":"notAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"engaged"}},{"kind":"Field","name":{"kind":"Name","value":"dialingNow"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"agentsOnline"}},{"kind":"Field","name":{"kind":"Name","value":"agentsOnCall"}},{"kind":"Field","name":{"kind":"Name","value":"agentsPaused"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRatePercent30Days"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CampaignCountersChangedSubscription, CampaignCountersChangedSubscriptionVariables>;
export const TimeGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeGroupRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayTo"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonthFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonthTo"}},{"kind":"Field","name":{"kind":"Name","value":"monthFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthTo"}}]}}]}}]} as unknown as DocumentNode<TimeGroupsQuery, TimeGroupsQueryVariables>;
export const CreateTimeGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTimeGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTimeGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTimeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeGroupRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayTo"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonthFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonthTo"}},{"kind":"Field","name":{"kind":"Name","value":"monthFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthTo"}}]}}]}}]} as unknown as DocumentNode<CreateTimeGroupMutation, CreateTimeGroupMutationVariables>;
export const UpdateTimeGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTimeGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTimeGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTimeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeGroupRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeGroupRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"weekdayTo"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonthFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonthTo"}},{"kind":"Field","name":{"kind":"Name","value":"monthFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthTo"}}]}}]}}]} as unknown as DocumentNode<UpdateTimeGroupMutation, UpdateTimeGroupMutationVariables>;
export const DeleteTimeGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTimeGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTimeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTimeGroupMutation, DeleteTimeGroupMutationVariables>;
export const TimeConditionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimeConditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeConditions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeConditionRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeConditionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeCondition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"timeGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherwiseDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TimeConditionsQuery, TimeConditionsQueryVariables>;
export const CreateTimeConditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTimeCondition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTimeConditionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTimeCondition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeConditionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeConditionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeCondition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"timeGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherwiseDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateTimeConditionMutation, CreateTimeConditionMutationVariables>;
export const UpdateTimeConditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTimeCondition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTimeConditionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTimeCondition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeConditionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeConditionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeCondition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"timeGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherwiseDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateTimeConditionMutation, UpdateTimeConditionMutationVariables>;
export const DeleteTimeConditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTimeCondition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTimeCondition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTimeConditionMutation, DeleteTimeConditionMutationVariables>;
export const TransferTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"sipExtension"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pauseId"}},{"kind":"Field","name":{"kind":"Name","value":"pauseName"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TransferTargetsQuery, TransferTargetsQueryVariables>;