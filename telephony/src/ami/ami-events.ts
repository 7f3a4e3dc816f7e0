/**
 * AMI events as the adapter delivers them: header names lower-cased (`Uniqueid` ->
 * `uniqueid`), values strings. Only the fields Switchboard reads are listed; every event
 * keeps all its other headers too.
 */
export interface AmiEventBase {
  event: string;
  /** Asterisk's clock (seconds.microseconds since the epoch), from `timestampevents`. */
  timestamp?: string;
  [header: string]: unknown;
}

/** Fields every channel event carries. */
export interface ChannelFields {
  channel: string;
  channelstate: string;
  channelstatedesc: string;
  calleridnum: string;
  calleridname: string;
  context: string;
  exten: string;
  priority: string;
  uniqueid: string;
  /** The uniqueid of the first channel of the call: one id across all its channels. */
  linkedid: string;
}

/** DialBegin/DialEnd: the caller is `channel`, the called one `dest*`. */
export interface DialFields extends Partial<ChannelFields> {
  destchannel: string;
  destuniqueid: string;
  destlinkedid: string;
  dialstring: string;
}

/** DIALSTATUS values (Dial application). */
export type DialStatus =
  'ANSWER' | 'BUSY' | 'NOANSWER' | 'CANCEL' | 'CONGESTION' | 'CHANUNAVAIL' | 'DONTCALL' | 'TORTURE' | 'INVALIDARGS';

export interface AmiEventMap {
  FullyBooted: AmiEventBase & { status: string };
  Newchannel: AmiEventBase & ChannelFields;
  Newstate: AmiEventBase & ChannelFields;
  Hangup: AmiEventBase & ChannelFields & { cause: string; 'cause-txt': string };
  DialBegin: AmiEventBase & DialFields;
  DialEnd: AmiEventBase & DialFields & { dialstatus: DialStatus };
  /** Result of an asynchronous Originate, matched to it by `actionid`. */
  OriginateResponse: AmiEventBase & {
    actionid: string;
    response: 'Success' | 'Failure';
    channel: string;
    uniqueid: string;
    /** Asterisk's outbound reason: 0 no such channel, 1 hung up/rejected, 3 ring timeout, 4 answered, 5 busy, 8 congestion. */
    reason: string;
  };
  UserEvent: AmiEventBase & Partial<ChannelFields> & { userevent: string };
  BridgeEnter: AmiEventBase & ChannelFields & { bridgeuniqueid: string };
  BridgeLeave: AmiEventBase & ChannelFields & { bridgeuniqueid: string };
  ContactStatus: AmiEventBase & {
    uri: string;
    contactstatus: 'Created' | 'Removed' | 'Reachable' | 'Unreachable' | 'NonQualified' | 'Unknown' | 'Updated';
    aor: string;
    endpointname: string;
  };
  /** An endpoint became reachable (a contact registered) or unreachable. */
  PeerStatus: AmiEventBase & { channeltype: string; peer: string; peerstatus: 'Reachable' | 'Unreachable' | string };
  /** One channel of a CoreShowChannels listing. */
  CoreShowChannel: AmiEventBase & ChannelFields & { actionid: string; duration: string; application: string };
  /** One queue of a QueueStatus listing: its counters (members follow as QueueMember). */
  QueueParams: AmiEventBase & { queue: string; strategy: string; calls: string; completed: string; abandoned: string };
  /** One member of a queue in a QueueStatus listing; `status` is a device state number (1 idle ... 5 unavailable). */
  QueueMember: AmiEventBase & {
    queue: string;
    name: string;
    location: string;
    stateinterface: string;
    membership: 'static' | 'dynamic' | 'realtime' | string;
    penalty: string;
    callstaken: string;
    status: string;
    paused: string;
    incall: string;
  };
  /** One caller waiting in a queue, in a QueueStatus listing. */
  QueueEntry: AmiEventBase & { queue: string; position: string; channel: string; uniqueid: string; wait: string };
}

export type AmiEventName = keyof AmiEventMap;

/** Any event, typed when its name is known. */
export type AmiEvent = AmiEventMap[AmiEventName] | AmiEventBase;

/** A response to an action: `response` is Success, Error, Goodbye or Follows. */
export interface AmiResponse {
  response: string;
  actionid: string;
  message?: string;
  [header: string]: unknown;
}
