import { Redis } from 'ioredis';
import { inject } from 'vitest';
import {
  AgentGroup,
  AgentPhoneType,
  AgentProfile,
  AgentState,
  AgentStateStore,
  BuiltInRole,
  Campaign,
  CampaignAgent,
  CampaignState,
  CampaignType,
  offlineState,
  type Orm,
  type User,
} from '@switchboard/schema';
import { loggedIn, unique } from './factories.js';

export type GroupSettings = Partial<
  Pick<
    AgentGroup,
    | 'autoUnpauseSeconds'
    | 'forceDisposition'
    | 'autoAttendInbound'
    | 'autoAttendDialer'
    | 'allowHold'
    | 'allowOutOfCampaignCalls'
  >
>;

/** An agent group written straight to the database. */
export async function createAgentGroup(orm: Orm, settings: GroupSettings = {}): Promise<AgentGroup> {
  const em = orm.em.fork();
  const group = em.create(AgentGroup, { name: unique('group'), ...settings } as AgentGroup);
  await em.flush();
  return group;
}

/**
 * A logged-in (API token) agent whose phone is a plain SIP endpoint, so that a sipp test phone
 * can register as it (`startTestPhone(config, { name: String(sipExtension), password: sipSecret })`).
 */
export async function createSipAgent(orm: Orm, url: string, group?: AgentGroup) {
  const agent = await loggedIn(orm, url, BuiltInRole.AGENT, { group: group ?? (await createAgentGroup(orm)) });
  const em = orm.em.fork();
  const profile = await em.findOneOrFail(AgentProfile, { user: agent.user.id });
  profile.phoneType = AgentPhoneType.SIP;
  await em.flush();
  return { ...agent, agentId: profile.id, sipExtension: profile.sipExtension, sipSecret: profile.sipSecret };
}

/** The run's agent-state store (same Redis prefix as the api under test, unless given). */
export function testAgentStateStore(prefix: string = inject('redisPrefix')): { store: AgentStateStore; redis: Redis } {
  const redis = new Redis(inject('redisUrl'));
  return { store: new AgentStateStore(redis, prefix), redis };
}

/**
 * Agents that may call and transfer calls to each other (colleagueAgentIds): a campaign they
 * work in together, never started, so that no queue and no call changes for them.
 */
export async function makeColleagues(orm: Orm, agentIds: readonly string[]): Promise<void> {
  const em = orm.em.fork();
  const campaign = em.create(Campaign, {
    name: unique('colleagues'),
    type: CampaignType.MANUAL,
    state: CampaignState.INACTIVE,
  } as Campaign);
  for (const agentId of agentIds) {
    em.create(CampaignAgent, { campaign, agent: em.getReference(AgentProfile, agentId), penalty: 0 } as CampaignAgent);
  }
  await em.flush();
}

/**
 * Writes an agent's live state as on a call of `campaignId` (the platform's word, for API tests
 * of what the live state grants: a call transferred in, an unknown caller). Returns the call id.
 */
export async function putOnCall(
  store: AgentStateStore,
  user: User,
  campaignId: string,
  contactId: string | null,
): Promise<string> {
  const agentId = user.agentProfile!.id;
  const identity = { agentId, userId: user.id, username: user.username, groupId: 'group', sipExtension: 1 };
  const callId = `call-${Math.random().toString(36).slice(2)}`;
  const now = new Date().toISOString();
  await store.update(
    agentId,
    () => offlineState(identity, new Date()),
    (current) => ({
      ...current,
      state: AgentState.ON_CALL,
      loggedInAt: now,
      phoneRegistered: true,
      campaignIds: [],
      callId,
      callCampaignId: campaignId,
      contactId,
      phone: '+5491155550000',
      version: current.version + 1,
    }),
  );
  return callId;
}
