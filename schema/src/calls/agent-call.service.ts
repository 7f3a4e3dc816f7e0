import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import type { DomainContext } from '../common/domain-context.js';
import { invalidInput } from '../common/domain-error.js';
import type { EventBus } from '../events/event-bus.js';
import { AgentPhoneType } from '../agents/agent-profile.entity.js';
import { AgentState, CALL_STATES, type AgentLiveStateData } from '../agents/live/agent-state.js';
import * as transitions from '../agents/live/agent-state.transitions.js';
import { loadAgent, type AgentRecord } from '../agents/session/agent-directory.js';
import { AgentSessionErrors } from '../agents/session/agent-session.errors.js';
import type { AgentSessionService } from '../agents/session/agent-session.service.js';
import { listCampaignContacts } from '../contacts/campaign-contact.service.js';
import type { Contact } from '../contacts/contact.entity.js';
import { AgentCallErrors } from './agent-call.errors.js';
import { agentDialRights } from './agent-call.policy.js';
import { takesCallNow } from './transfer-targets.js';
import { requireColleague } from '../agents/agent-reach.js';
import type { PlacedAgentCall } from './agent-call.inputs.js';
import {
  campaignContact,
  campaignRoute,
  dialableCampaign,
  firstMatchingRoute,
  newCampaignContact,
  phoneFrom,
} from './agent-call.targets.js';
import type { AgentCallDestination, AgentCallOrder, CallTelephony } from './call-telephony.port.js';

/** What the agent (or, for a preview contact, the preview service) asks to dial. */
export interface AgentCallRequest {
  /** null: out of campaign (a number, when the group allows it, or another agent). */
  campaignId: string | null;
  /** The number; may be empty when `phoneColumn` names the contact's number. */
  phone: string;
  contactId: string | null;
  phoneColumn?: string | null;
  createContact?: Record<string, string> | null;
  /** Call this agent's phone instead of a number (agent-to-agent). */
  targetAgentId?: string | null;
}

export interface AgentCallDependencies {
  sessions: AgentSessionService;
  telephony: CallTelephony;
  events: EventBus;
  logger: Logger;
}

/** Seconds the agent's own phone rings before the call is given up. */
const AGENT_RING_SECONDS = 30;
/** Matching contacts offered at most: more means the number identifies nobody in particular. */
const CANDIDATE_LIMIT = 20;
/** An unanswered agent leg never connected: no ACW, no disposition owed. */
const NO_ACW: transitions.CallEndRules = { autoUnpauseSeconds: 0, forceDisposition: false };

interface PlannedCall {
  campaignId: string | null;
  contactId: string | null;
  phone: string;
  destination: AgentCallDestination;
  displayName: string;
}

/**
 * Calls an agent places (the manual's manual calls, out-of-campaign calls and calls to other
 * agents): the agent's phone rings first, then, once it answers, the number through the
 * campaign's outbound route with its caller id, or the other agent's phone.
 */
export class AgentCallService {
  constructor(private readonly deps: AgentCallDependencies) {}

  /**
   * The campaign's contacts with this number in a phone column the agent may see (redacted as
   * the campaign says): the manual's "Contact Selection" before a manual call.
   */
  async manualCallCandidates(context: DomainContext, campaignId: string, phone: string): Promise<Contact[]> {
    const normalized = phoneFrom(phone, 'phone');
    const page = await listCampaignContacts(context, campaignId, { phone: normalized }, { first: CANDIDATE_LIMIT });
    return page.nodes;
  }

  async dial(em: EntityManager, viewer: Viewer, request: AgentCallRequest): Promise<PlacedAgentCall> {
    viewer.require(Permission.AGENT_CONSOLE);
    if (!viewer.agentId) throw AgentSessionErrors.create('NOT_AN_AGENT', 'Only agents place calls');
    const agent = await loadAgent(em, viewer.agentId);
    assertMayDial(await this.deps.sessions.state(em, agent.identity.agentId));
    const context: DomainContext = { em, viewer, events: this.deps.events };
    const planned = request.targetAgentId
      ? await this.planAgentCall(em, agent, request)
      : await this.planNumberCall(context, agent, request);
    const callId = randomUUID();
    const call = { callId, campaignId: planned.campaignId, contactId: planned.contactId, phone: planned.phone };
    // Atomically: a second dial (or a queue call) that got in first since the check above wins.
    const started = await this.deps.sessions.signal(em, agent.identity.agentId, (current) => {
      assertMayDial(current);
      return transitions.callStarted(current, AgentState.DIALING, call, new Date());
    });
    if (!started) throw notLoggedIn(agent.identity.agentId);
    await this.place(em, agent, planned, call);
    return call;
  }

  private async place(em: EntityManager, agent: AgentRecord, planned: PlannedCall, call: PlacedAgentCall) {
    const order: AgentCallOrder = {
      ...call,
      origin: {
        agentId: agent.identity.agentId,
        sipExtension: agent.identity.sipExtension,
        autoAnswer: agent.profile.phoneType === AgentPhoneType.WEBRTC,
        display: { name: planned.displayName, number: planned.phone },
      },
      destination: planned.destination,
      ringSeconds: AGENT_RING_SECONDS,
    };
    const logger = this.deps.logger.child({ callId: call.callId, agentId: agent.identity.agentId });
    try {
      const leg = await this.deps.telephony.placeAgentCall(order);
      this.releaseIfUnanswered(em.fork(), agent.identity.agentId, call.callId, leg.agentAnswered, logger);
    } catch (error) {
      logger.warn({ err: error }, 'agent call not placed');
      await this.deps.sessions.callEnded(em, agent.identity.agentId, false);
      throw AgentCallErrors.create('TELEPHONY_UNAVAILABLE', 'The telephony server did not take the call; try again', {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /**
   * An agent phone that never answers (or cannot be reached) makes no channel events the agent
   * state tracker would see: the agent leaves DIALING here, unless it has moved on meanwhile.
   */
  private releaseIfUnanswered(
    em: EntityManager,
    agentId: string,
    callId: string,
    answered: Promise<boolean>,
    logger: Logger,
  ) {
    answered
      .then(async (yes) => {
        if (yes) return;
        logger.info('the agent did not answer its own call');
        await this.deps.sessions.signal(em, agentId, (current) =>
          current.callId === callId && current.state === AgentState.DIALING
            ? transitions.callEnded(current, false, NO_ACW, new Date())
            : current,
        );
      })
      .catch((error: unknown) => logger.error({ err: error }, 'agent state not released after an unanswered call'));
  }

  private async planNumberCall(
    context: DomainContext,
    agent: AgentRecord,
    request: AgentCallRequest,
  ): Promise<PlannedCall> {
    if (!request.campaignId) return this.planOutOfCampaign(context.em, agent, request);
    if (request.contactId && request.createContact) {
      throw invalidInput('createContact', 'give contactId (a known contact) or createContact (a new one), not both');
    }
    const campaign = await dialableCampaign(context, request.campaignId);
    const identified = request.contactId
      ? await campaignContact(context, campaign, request.contactId, request.phone, request.phoneColumn)
      : null;
    if (!identified && request.phoneColumn) throw invalidInput('phoneColumn', 'dialing a phone column needs contactId');
    const phone = identified?.phone ?? phoneFrom(request.phone, 'phone');
    const route = await campaignRoute(context.em, campaign, phone);
    // Last, once everything else is known to be fine: a refused call creates no contact.
    const created = request.createContact
      ? await newCampaignContact(context, campaign, request.createContact, phone)
      : null;
    return {
      campaignId: campaign.id,
      contactId: identified?.contact.id ?? created?.id ?? null,
      phone,
      destination: { kind: 'EXTERNAL', number: phone, routeId: route.id, callerId: campaign.outboundCallerId },
      displayName: campaign.name,
    };
  }

  private async planOutOfCampaign(em: EntityManager, agent: AgentRecord, request: AgentCallRequest) {
    if (request.contactId || request.createContact || request.phoneColumn) {
      throw invalidInput('campaignId', 'contacts are called within a campaign: choose one');
    }
    if (!agentDialRights(agent.profile.group).externalNumbers) {
      throw AgentCallErrors.create(
        'OUT_OF_CAMPAIGN_NOT_ALLOWED',
        'Your group does not allow calls outside a campaign',
        {
          field: 'campaignId',
        },
      );
    }
    const phone = phoneFrom(request.phone, 'phone');
    const route = await firstMatchingRoute(em, phone);
    const planned: PlannedCall = {
      campaignId: null,
      contactId: null,
      phone,
      destination: { kind: 'EXTERNAL', number: phone, routeId: route.id, callerId: null },
      displayName: phone,
    };
    return planned;
  }

  /**
   * Another agent's phone: one of the agent's group or campaigns (colleagueAgentIds), logged in
   * with a registered phone and not on a call nor owing a disposition (takesCallNow): READY or
   * in a pause (a pause is when colleagues talk).
   */
  private async planAgentCall(em: EntityManager, agent: AgentRecord, request: AgentCallRequest) {
    if (request.campaignId || request.contactId || request.createContact || request.phoneColumn) {
      throw invalidInput('targetAgentId', 'a call to an agent is out of any campaign and has no contact');
    }
    if (!agentDialRights(agent.profile.group).otherAgents) {
      throw AgentCallErrors.create('AGENT_TO_AGENT_NOT_ALLOWED', 'Your group does not allow calls to other agents', {
        field: 'targetAgentId',
      });
    }
    const targetId = request.targetAgentId!;
    if (targetId === agent.identity.agentId) throw invalidInput('targetAgentId', 'you cannot call yourself');
    const target = await loadAgent(em, targetId);
    await requireColleague(em, agent.identity.agentId, targetId, 'targetAgentId');
    const state = await this.deps.sessions.state(em, targetId);
    if (!takesCallNow(state)) {
      throw AgentCallErrors.create('AGENT_NOT_AVAILABLE', `${target.identity.username} cannot take a call now`, {
        field: 'targetAgentId',
        state: state.state,
      });
    }
    const planned: PlannedCall = {
      campaignId: null,
      contactId: null,
      phone: String(target.identity.sipExtension),
      destination: {
        kind: 'AGENT',
        sipExtension: target.identity.sipExtension,
        callerName: agent.phone.displayName,
        callerNumber: String(agent.identity.sipExtension),
      },
      displayName: target.phone.displayName,
    };
    return planned;
  }
}

function notLoggedIn(agentId: string) {
  return AgentSessionErrors.create('NOT_LOGGED_IN', 'Log in before calling', { agentId });
}

/** Logged in, with a phone that can ring, idle, and owing no forced disposition. */
function assertMayDial(state: AgentLiveStateData): void {
  if (state.state === AgentState.OFFLINE) throw notLoggedIn(state.agentId);
  if (CALL_STATES.has(state.state)) {
    throw AgentSessionErrors.create('ON_A_CALL', 'You are on a call already', { state: state.state });
  }
  if (state.dispositionPending) {
    throw AgentSessionErrors.create('DISPOSITION_PENDING', 'Disposition the last call first', { callId: state.callId });
  }
  if (!state.phoneRegistered) {
    throw AgentCallErrors.create('PHONE_UNAVAILABLE', 'Your phone is not registered: nothing could ring it', {
      state: state.state,
    });
  }
}
