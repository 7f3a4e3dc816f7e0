import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';
import { AgentState, type AgentLiveStateData } from '../agents/live/agent-state.js';
import type { AgentStateStore } from '../agents/live/agent-state.store.js';
import { requireColleague } from '../agents/agent-reach.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { normalizePhone } from '../common/phone.js';
import { InCallErrors } from './in-call.errors.js';
import { TransferMode, TransferTargetType, type TransferCallInput } from './in-call.inputs.js';
import type { AgentCallChannels, InCallTelephony, InCallTransferTarget } from './in-call-telephony.port.js';
import { RecordingTag } from './recording-tag.entity.js';
import { isSingleLine } from '../common/text-rules.js';
import { recordingTagScope } from './recording-tag-scope.js';
import { TransferTargetService, takesCallNow, type TransferTargets } from './transfer-targets.js';

export interface InCallDependencies {
  store: AgentStateStore;
  telephony: InCallTelephony;
  logger: Logger;
  now?: () => Date;
  /** Where calls may be transferred; built from the store when not given. */
  targets?: TransferTargetService;
}

/** The states in which the console shows a call the agent can act on. */
const TALKING: ReadonlySet<AgentState> = new Set([AgentState.ON_CALL, AgentState.DIALING]);

/** What every action starts from: the agent, its live state and its call's channels. */
interface ActiveCall {
  agent: AgentProfile;
  state: AgentLiveStateData;
  call: AgentCallChannels;
}

const NOTE_MAX = 1000;

/**
 * The manual's webphone buttons during a call (hold, transfer, conference, tag, record), for
 * the agent on its own current call. Each action checks the agent's live state and the call
 * Asterisk has on the agent's phone, then sends the command; what happened reaches the
 * call-event log from Asterisk's own events (Hold, BlindTransfer, AttendedTransfer...).
 */
export class InCallService {
  private readonly now: () => Date;
  private readonly targets: TransferTargetService;

  constructor(private readonly deps: InCallDependencies) {
    this.now = deps.now ?? (() => new Date());
    this.targets = deps.targets ?? new TransferTargetService(deps.store);
  }

  /** The agents and inbound campaigns the agent's calls may go to (transfer-targets.ts). */
  transferTargets(em: EntityManager, viewer: Viewer): Promise<TransferTargets> {
    return this.targets.list(em, viewer);
  }

  async hold(em: EntityManager, viewer: Viewer): Promise<boolean> {
    const { agent, call } = await this.activeCall(em, viewer);
    if (!agent.group.allowHold) {
      throw InCallErrors.create('HOLD_NOT_ALLOWED', "The agent's group does not allow putting calls on hold");
    }
    if (call.consulting) throw InCallErrors.create('TRANSFER_IN_PROGRESS', 'Finish the transfer first');
    if (call.onHold) throw InCallErrors.create('ALREADY_ON_HOLD', 'The call is already on hold');
    if (!call.peerChannel) throw InCallErrors.create('NOT_ON_A_CALL', 'The call is not connected yet');
    await this.telephonyCall(() => this.deps.telephony.hold(call));
    return true;
  }

  async unhold(em: EntityManager, viewer: Viewer): Promise<boolean> {
    const { call } = await this.activeCall(em, viewer);
    if (!call.onHold) throw InCallErrors.create('NOT_ON_HOLD', 'The call is not on hold');
    await this.telephonyCall(() => this.deps.telephony.unhold(call));
    return true;
  }

  async hangup(em: EntityManager, viewer: Viewer): Promise<boolean> {
    const { call } = await this.activeCall(em, viewer);
    await this.telephonyCall(() => this.deps.telephony.hangup(call));
    return true;
  }

  async transfer(em: EntityManager, viewer: Viewer, input: TransferCallInput): Promise<boolean> {
    const { agent, call } = await this.activeCall(em, viewer);
    if (call.consulting) throw InCallErrors.create('TRANSFER_IN_PROGRESS', 'A transfer is already under way');
    if (!call.peerChannel) throw InCallErrors.create('NOT_ON_A_CALL', 'The call is not connected yet');
    const target = await this.target(em, agent, input);
    const telephony = this.deps.telephony;
    await this.telephonyCall(() =>
      input.mode === TransferMode.BLIND
        ? telephony.blindTransfer(call, target)
        : telephony.startConsultation(call, target),
    );
    this.deps.logger.info({ agentId: agent.id, callId: call.callId, mode: input.mode, target }, 'call transfer');
    return true;
  }

  async cancelTransfer(em: EntityManager, viewer: Viewer): Promise<boolean> {
    const { call } = await this.consultation(em, viewer);
    await this.telephonyCall(() => this.deps.telephony.cancelConsultation(call));
    return true;
  }

  async completeTransfer(em: EntityManager, viewer: Viewer): Promise<boolean> {
    const { call } = await this.consultation(em, viewer);
    await this.telephonyCall(() => this.deps.telephony.completeConsultation(call));
    return true;
  }

  /** The manual's "Confer": only from a consultation, with the third party on the line. */
  async conference(em: EntityManager, viewer: Viewer): Promise<boolean> {
    const { call } = await this.consultation(em, viewer);
    await this.telephonyCall(() => this.deps.telephony.conference(call));
    return true;
  }

  async tagRecording(em: EntityManager, viewer: Viewer, note: string): Promise<RecordingTag> {
    const { agent, state, call } = await this.activeCall(em, viewer);
    const text = note.trim();
    if (text.length > NOTE_MAX) {
      throw InCallErrors.create('INVALID_TARGET', `note: at most ${NOTE_MAX} characters`, { field: 'note' });
    }
    if (!isSingleLine(text)) {
      throw InCallErrors.create('INVALID_TARGET', 'note: a single line without control characters', { field: 'note' });
    }
    const tag = em.create(RecordingTag, {
      callId: call.callId || state.callId!,
      agentId: agent.id,
      campaignId: call.campaignId ?? state.callCampaignId,
      note: text,
      at: this.now(),
    } as RecordingTag);
    await em.persist(tag).flush();
    return tag;
  }

  /** Tags of a call, oldest first, within the viewer's scope (recording-tag-scope.ts). */
  async callTags(em: EntityManager, viewer: Viewer, callId: string): Promise<RecordingTag[]> {
    const scope = await recordingTagScope(em, viewer);
    return em.find(RecordingTag, { $and: [{ callId }, scope] }, { orderBy: { at: 'asc', id: 'asc' } });
  }

  /** On-demand recording, for campaigns that do not record every call. */
  async startRecording(em: EntityManager, viewer: Viewer): Promise<string> {
    const { agent, call } = await this.activeCall(em, viewer);
    if (!call.peerChannel) throw InCallErrors.create('NOT_ON_A_CALL', 'The call is not connected yet');
    if (call.recording)
      throw InCallErrors.create('ALREADY_RECORDING', 'The call is being recorded', { file: call.recording });
    const campaign = call.campaignId ? await em.findOne(Campaign, { id: call.campaignId }) : null;
    if (campaign?.recordCalls) throw InCallErrors.create('ALREADY_RECORDING', 'The campaign records all its calls');
    return this.telephonyCall(() => this.deps.telephony.startRecording(call, agent.id));
  }

  async stopRecording(em: EntityManager, viewer: Viewer): Promise<boolean> {
    const { call } = await this.activeCall(em, viewer);
    if (!call.recording) throw InCallErrors.create('NOT_RECORDING', 'The call is not being recorded');
    const campaign = call.campaignId ? await em.findOne(Campaign, { id: call.campaignId }) : null;
    if (campaign?.recordCalls) {
      throw InCallErrors.create('ALREADY_RECORDING', 'The campaign records all its calls; the recording goes on');
    }
    await this.telephonyCall(() => this.deps.telephony.stopRecording(call));
    return true;
  }

  // ---- internals -------------------------------------------------------------------------

  private async activeCall(em: EntityManager, viewer: Viewer): Promise<ActiveCall> {
    viewer.require(Permission.AGENT_CONSOLE);
    const agentId = viewer.agentId;
    if (!agentId) throw InCallErrors.create('NOT_AN_AGENT', 'Only agents have calls to act on');
    const state = await this.deps.store.get(agentId);
    if (!state || !TALKING.has(state.state) || !state.callId) {
      throw InCallErrors.create('NOT_ON_A_CALL', 'The agent is not on a call', { state: state?.state ?? 'OFFLINE' });
    }
    const agent = await em.findOneOrFail(AgentProfile, { id: agentId }, { populate: ['group'] });
    const call = await this.telephonyCall(() => this.deps.telephony.currentCall(agent.sipExtension));
    // The console's call and the phone's must be the same: a stale console must not act on another.
    if (!call || (call.callId !== '' && call.callId !== state.callId)) {
      throw InCallErrors.create('NOT_ON_A_CALL', "The agent's phone has no such call", { callId: state.callId });
    }
    return { agent, state, call };
  }

  private async consultation(em: EntityManager, viewer: Viewer): Promise<ActiveCall> {
    const active = await this.activeCall(em, viewer);
    if (!active.call.consulting) {
      throw InCallErrors.create('NO_TRANSFER_IN_PROGRESS', 'No consultative transfer is under way');
    }
    return active;
  }

  private async target(
    em: EntityManager,
    agent: AgentProfile,
    input: TransferCallInput,
  ): Promise<InCallTransferTarget> {
    switch (input.targetType) {
      case TransferTargetType.AGENT:
        return this.agentTarget(em, agent, input.agentId ?? null);
      case TransferTargetType.NUMBER: {
        const number = normalizePhone(input.number ?? '');
        if (!number) throw InCallErrors.create('INVALID_TARGET', 'number: not a phone number', { field: 'number' });
        return { kind: 'NUMBER', number };
      }
      case TransferTargetType.CAMPAIGN: {
        const campaign = await this.targets.campaign(em, input.campaignId ?? null);
        return { kind: 'CAMPAIGN', campaignId: campaign.id };
      }
    }
  }

  private async agentTarget(
    em: EntityManager,
    agent: AgentProfile,
    agentId: string | null,
  ): Promise<InCallTransferTarget> {
    if (!agentId || agentId === agent.id) {
      throw InCallErrors.create('INVALID_TARGET', 'agentId: choose another agent', { field: 'agentId' });
    }
    const target = await em.findOne(AgentProfile, { id: agentId });
    if (!target) throw InCallErrors.create('INVALID_TARGET', `agentId: no agent ${agentId}`, { field: 'agentId' });
    await requireColleague(em, agent.id, agentId, 'agentId');
    const state = await this.deps.store.get(agentId);
    if (!takesCallNow(state)) {
      throw InCallErrors.create(
        'TARGET_UNAVAILABLE',
        'The agent is not logged in, not registered, on a call or owes a disposition',
        {
          agentId,
          state: state?.state ?? AgentState.OFFLINE,
        },
      );
    }
    return { kind: 'AGENT', agentId, sipExtension: target.sipExtension };
  }

  private async telephonyCall<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'in-call telephony action failed');
      throw InCallErrors.create('TELEPHONY_UNAVAILABLE', 'The telephony server did not do it; try again', {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
