import {
  AgentProfile,
  BuiltInRole,
  Campaign,
  CampaignState,
  CampaignType,
  Contact,
  ContactDatabase,
  PreviewAssignmentMode,
  agentTransitions,
  offlineState,
  type AgentStateStore,
  type Orm,
} from '@switchboard/schema';
import { loggedIn } from '../support/factories.js';
import { caller, createCampaign, createDatabase, createOption, newPhone } from '../support/contact-factory.js';
import { ok } from '../support/graphql-client.js';

/*
 * Preview campaigns written straight to the database (contacts in bulk, in a known order) and
 * activated through the API, so that activation's initial assignment runs as in production.
 */

export const COLUMNS = ['phone', 'mobile', 'name', 'salary', 'active'];

export interface PreviewAgent {
  token: string;
  agentId: string;
  userId: string;
  run: ReturnType<typeof caller>;
}

export interface PreviewSetup {
  contacts?: number;
  agents?: number;
  mode?: PreviewAssignmentMode;
  deactivationColumn?: string | null;
  hidden?: string[];
  /** The value of the `active` column of contact i. */
  active?: (index: number) => string;
  /** Contact phones; defaults to fresh numbers. */
  phone?: (index: number) => string;
  /** Second phone column; empty by default. */
  mobile?: (index: number) => string;
  activate?: boolean;
  loggedIn?: boolean;
}

/**
 * What agentLogin leaves in Redis, without Asterisk (agentLogin joins queues through AMI):
 * a READY state, which is all preview campaigns ask of an agent.
 */
export async function markLoggedIn(store: AgentStateStore, orm: Orm, agentId: string): Promise<void> {
  const profile = await orm.em.fork().findOneOrFail(AgentProfile, agentId, { populate: ['user'] });
  const identity = {
    agentId,
    userId: profile.user.id,
    username: profile.user.username,
    groupId: profile.group.id,
    sipExtension: profile.sipExtension,
  };
  const at = new Date();
  await store.update(
    agentId,
    () => offlineState(identity, at),
    (current) => agentTransitions.login(current, identity, [], true, at),
  );
}

/** Contacts created one second apart, so that the delivery order is their index order. */
export async function addContacts(orm: Orm, database: ContactDatabase, setup: PreviewSetup): Promise<Contact[]> {
  const em = orm.em.fork();
  const base = Date.now() - 3_600_000;
  const contacts = Array.from({ length: setup.contacts ?? 4 }, (_, index) => {
    const contact = new Contact();
    contact.database = em.getReference(ContactDatabase, database.id);
    contact.data = {
      phone: setup.phone?.(index) ?? newPhone(),
      name: `contact-${index}`,
      salary: String(1000 + index),
      active: setup.active?.(index) ?? '1',
      ...(setup.mobile ? { mobile: setup.mobile(index) } : {}),
    };
    contact.phone = contact.data['phone']!;
    contact.createdAt = new Date(base + index * 1000);
    em.persist(contact);
    return contact;
  });
  await em.flush();
  await em.nativeUpdate(ContactDatabase, { id: database.id }, { contactCount: contacts.length });
  return contacts;
}

export async function previewScenario(orm: Orm, url: string, store: AgentStateStore, setup: PreviewSetup = {}) {
  const admin = await loggedIn(orm, url, BuiltInRole.ADMINISTRATOR);
  const agentUsers = await Promise.all(
    Array.from({ length: setup.agents ?? 2 }, () => loggedIn(orm, url, BuiltInRole.AGENT)),
  );
  const database = await createDatabase(orm, {
    columns: COLUMNS,
    phoneColumns: ['phone', 'mobile'],
    externalIdColumn: null,
  });
  const contacts = await addContacts(orm, database, setup);
  const campaign = await createCampaign(orm, {
    type: CampaignType.PREVIEW,
    database,
    agents: agentUsers.map((agent) => agent.user),
    hidden: setup.hidden ?? [],
    state: CampaignState.INACTIVE,
  });
  await orm.em.fork().nativeUpdate(
    Campaign,
    { id: campaign.id },
    {
      previewInitialAssignment: setup.mode ?? PreviewAssignmentMode.NONE,
      previewDeactivationColumn: setup.deactivationColumn ?? null,
    },
  );
  const option = await createOption(orm, campaign);
  const asAdmin = caller(url, admin.token);
  if (setup.activate !== false) {
    ok(await asAdmin('mutation ($id: ID!) { activateCampaign(id: $id) { state } }', { id: campaign.id }));
  }
  const agents: PreviewAgent[] = [];
  for (const agent of agentUsers) {
    const agentId = agent.user.agentProfile!.id;
    if (setup.loggedIn !== false) await markLoggedIn(store, orm, agentId);
    agents.push({ token: agent.token, agentId, userId: agent.user.id, run: caller(url, agent.token) });
  }
  return { admin, asAdmin, agents, database, contacts, campaign, option };
}

export const NEXT = `mutation ($campaignId: ID!) {
  nextPreviewContact(campaignId: $campaignId) {
    assignment { id status agentId contactId campaignId reservedUntil deliveredAt attempts }
    contact { id phone data }
  }
}`;

export const RELEASE = `mutation ($id: ID!) { releasePreviewContact(assignmentId: $id) { id status agentId } }`;

export const DISPOSE = `mutation ($input: DisposeContactInput!) { disposeContact(input: $input) { id } }`;

export const SUMMARY = `query ($campaignId: ID!) {
  previewAssignmentSummary(campaignId: $campaignId) {
    campaignId total contactCount counts { status agentId deactivated count }
  }
}`;

export const ASSIGN = `mutation ($campaignId: ID!, $mode: PreviewAssignmentMode!) {
  assignPreviewContacts(campaignId: $campaignId, mode: $mode) { total counts { status agentId deactivated count } }
}`;

export interface Delivered {
  assignment: { id: string; status: string; agentId: string; contactId: string; reservedUntil: string | null };
  contact: { id: string; phone: string | null; data: Record<string, string> };
}

/** The agent's next contact (null when none is left). */
export async function nextContact(agent: PreviewAgent, campaignId: string): Promise<Delivered | null> {
  return ok(await agent.run<{ nextPreviewContact: Delivered | null }>(NEXT, { campaignId })).nextPreviewContact;
}

export async function dispose(agent: PreviewAgent, campaignId: string, contactId: string, optionId: string) {
  ok(await agent.run(DISPOSE, { input: { campaignId, contactId, optionId } }));
}
