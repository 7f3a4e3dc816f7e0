import {
  channelEndpoint,
  eventCallVariables,
  varSetCallVariable,
  type AmiEventBase,
  type CallVariables,
} from '@switchboard/telephony';

/** The call an agent's channel belongs to, as its variables say. */
export interface AgentCallIds {
  callId: string;
  campaignId: string | null;
  contactId: string | null;
  phone: string | null;
}

/** What happened to an agent's phone, by SIP extension; the processor maps extensions to agents. */
export type AgentCallSignal =
  | { kind: 'ringing' | 'dialing' | 'connected'; extension: string; call: AgentCallIds }
  | { kind: 'ended'; extension: string; connected: boolean }
  | { kind: 'registration'; extension: string };

interface TrackedChannel {
  extension: string;
  linkedid: string;
  variables: CallVariables;
  connected: boolean;
}

/** Endpoints named by digits only are phones of people (agents and supervisors); others are trunks and test phones. */
const personExtension = (channel: unknown): string | undefined => {
  const endpoint = typeof channel === 'string' ? channelEndpoint(channel) : undefined;
  return endpoint && /^\d+$/.test(endpoint) ? endpoint : undefined;
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Follows the channels of agents' phones through AMI events and says when each phone starts
 * ringing or dialing, gets connected to someone (bridged with another channel) and ends its
 * last channel. Device-centred on purpose: queue calls, manual calls, transfers and calls
 * between agents all end up as channels of `PJSIP/<extension>`. Pure: no I/O.
 */
export class AgentChannelTracker {
  private readonly channels = new Map<string, TrackedChannel>();
  /** Members of each bridge: uniqueid -> channel name. */
  private readonly bridges = new Map<string, Map<string, string>>();
  /** Extensions whose current calls were connected at some point. */
  private readonly connectedExtensions = new Set<string>();

  handle(event: AmiEventBase): AgentCallSignal[] {
    switch (event.event) {
      case 'Newchannel':
        return this.onNewchannel(event);
      case 'DialBegin':
        return this.onDialBegin(event);
      case 'VarSet':
        this.onVarSet(event);
        return [];
      case 'BridgeEnter':
        return this.onBridgeEnter(event);
      case 'BridgeLeave':
        this.bridges.get(text(event['bridgeuniqueid']))?.delete(text(event['uniqueid']));
        return [];
      case 'Hangup':
        return this.onHangup(text(event['uniqueid']));
      case 'ContactStatus': {
        const aor = text(event['aor']);
        return /^\d+$/.test(aor) ? [{ kind: 'registration', extension: aor }] : [];
      }
      default:
        return [];
    }
  }

  /** Extensions with live channels, and whether any is connected: for the resync. */
  liveExtensions(): Map<string, { connected: boolean; call: AgentCallIds }> {
    const live = new Map<string, { connected: boolean; call: AgentCallIds }>();
    for (const channel of this.channels.values()) {
      const known = live.get(channel.extension);
      live.set(channel.extension, {
        connected: (known?.connected ?? false) || channel.connected,
        call: known?.call ?? idsOf(channel),
      });
    }
    return live;
  }

  /** Replaces what is tracked with Asterisk's listing (CoreShowChannel events) after a (re)connect. */
  resync(listing: readonly AmiEventBase[]): void {
    this.channels.clear();
    this.bridges.clear();
    this.connectedExtensions.clear();
    for (const entry of listing) {
      const bridge = text(entry['bridgeid']);
      if (!bridge) continue;
      const members = this.bridges.get(bridge) ?? new Map<string, string>();
      members.set(text(entry['uniqueid']), text(entry['channel']));
      this.bridges.set(bridge, members);
    }
    for (const entry of listing) {
      const extension = personExtension(entry['channel']);
      if (!extension) continue;
      const members = this.bridges.get(text(entry['bridgeid']));
      const connected = members !== undefined && hasParty(this.bridges, members, text(entry['uniqueid']));
      this.channels.set(text(entry['uniqueid']), {
        extension,
        linkedid: text(entry['linkedid']),
        variables: eventCallVariables(entry),
        connected,
      });
      if (connected) this.connectedExtensions.add(extension);
    }
  }

  private track(uniqueid: string, extension: string, event: AmiEventBase, prefix: '' | 'dest' = ''): TrackedChannel {
    let channel = this.channels.get(uniqueid);
    if (!channel) {
      channel = { extension, linkedid: text(event[`${prefix}linkedid`]) || uniqueid, variables: {}, connected: false };
      this.channels.set(uniqueid, channel);
    }
    Object.assign(channel.variables, eventCallVariables(event, prefix));
    return channel;
  }

  private onNewchannel(event: AmiEventBase): AgentCallSignal[] {
    const extension = personExtension(event['channel']);
    if (!extension) return [];
    const channel = this.track(text(event['uniqueid']), extension, event);
    // State 4 (Ring): the phone itself is placing a call. Calls to the phone announce
    // themselves with DialBegin, or were set DIALING by whoever originated them.
    if (text(event['channelstate']) === '4') return [{ kind: 'dialing', extension, call: idsOf(channel) }];
    return [];
  }

  private onDialBegin(event: AmiEventBase): AgentCallSignal[] {
    const extension = personExtension(event['destchannel']);
    if (!extension) return [];
    const channel = this.track(text(event['destuniqueid']), extension, event, 'dest');
    // The calling side's ids are the call's; the agent leg inherits them a moment later.
    Object.assign(channel.variables, { ...eventCallVariables(event), ...channel.variables });
    return [{ kind: 'ringing', extension, call: idsOf(channel) }];
  }

  private onVarSet(event: AmiEventBase): void {
    const channel = this.channels.get(text(event['uniqueid']));
    const pair = channel ? varSetCallVariable(event) : undefined;
    if (channel && pair) channel.variables[pair[0]] = pair[1];
  }

  private onBridgeEnter(event: AmiEventBase): AgentCallSignal[] {
    const bridge = text(event['bridgeuniqueid']);
    const members = this.bridges.get(bridge) ?? new Map<string, string>();
    members.set(text(event['uniqueid']), text(event['channel']));
    this.bridges.set(bridge, members);
    // Every bridge, not only this one: a party entering the far side of a Local pair connects
    // the phone bridged to the near side.
    const signals: AgentCallSignal[] = [];
    for (const bridged of this.bridges.values()) {
      for (const uniqueid of bridged.keys()) {
        const channel = this.channels.get(uniqueid);
        if (!channel || channel.connected || !hasParty(this.bridges, bridged, uniqueid)) continue;
        channel.connected = true;
        this.connectedExtensions.add(channel.extension);
        signals.push({ kind: 'connected', extension: channel.extension, call: idsOf(channel) });
      }
    }
    return signals;
  }

  private onHangup(uniqueid: string): AgentCallSignal[] {
    for (const members of this.bridges.values()) members.delete(uniqueid);
    const channel = this.channels.get(uniqueid);
    if (!channel) return [];
    this.channels.delete(uniqueid);
    const { extension } = channel;
    if ([...this.channels.values()].some((other) => other.extension === extension)) return [];
    const connected = this.connectedExtensions.delete(extension);
    return [{ kind: 'ended', extension, connected }];
  }
}

/**
 * Whether a bridge joins this channel with a party: any other channel but a Local one, or a
 * Local one whose other half is bridged with a party itself. A Local channel is plumbing: an
 * agent bridged to one still waits for whoever its other half is dialing (the customer of a
 * manual call), but talks to whoever that half is bridged with (the agent who consults it).
 */
function hasParty(
  bridges: Map<string, Map<string, string>>,
  members: Map<string, string>,
  uniqueid: string,
  depth = 0,
): boolean {
  return [...members].some(([other, name]) => {
    if (other === uniqueid) return false;
    if (!name.startsWith('Local/')) return true;
    const twin = localTwin(name);
    if (!twin || depth >= 3) return false;
    for (const bridged of bridges.values()) {
      const twinId = [...bridged].find(([, member]) => member === twin)?.[0];
      if (twinId && hasParty(bridges, bridged, twinId, depth + 1)) return true;
    }
    return false;
  });
}

/** `Local/x@ctx-00000001;1` <-> `Local/x@ctx-00000001;2`. */
function localTwin(name: string): string | null {
  const half = /^(Local\/.+);([12])$/.exec(name);
  return half ? `${half[1]};${half[2] === '1' ? '2' : '1'}` : null;
}

function idsOf(channel: TrackedChannel): AgentCallIds {
  return {
    callId: channel.variables.SB_CALL_ID ?? channel.linkedid,
    campaignId: channel.variables.SB_CAMPAIGN_ID ?? null,
    contactId: channel.variables.SB_CONTACT_ID ?? null,
    phone: channel.variables.SB_PHONE ?? null,
  };
}
