import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AgentLiveStateData } from '../agents/live/agent-state.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignState } from '../campaigns/campaign.enums.js';
import { notFound } from '../common/domain-error.js';
import { normalizePhone } from '../common/phone.js';
import { ContactDatabase } from '../contacts/contact-database.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { insertContact } from '../contacts/contact.service.js';
import type { DisposeContactInput } from './disposition.inputs.js';

/**
 * The call an agent is on or has just had (its live state, written by the platform, not the
 * client's word). Every call an agent handles can be dispositioned: this call's campaign even
 * when the agent is not assigned to it (a call transferred in), and its contact, created for
 * the call when it has none (an unknown caller, a campaign without a contact database).
 */
export interface AgentCallGrant {
  callId: string;
  campaignId: string;
  contactId: string | null;
  phone: string | null;
}

/** The grant for this disposition, when it is for the agent's own call; null otherwise. */
export function agentCallGrant(state: AgentLiveStateData | null, input: DisposeContactInput): AgentCallGrant | null {
  if (!state?.callId || !state.callCampaignId || state.callCampaignId !== input.campaignId) return null;
  if (input.callId && input.callId !== state.callId) return null;
  // Another contact than the call's is not the call's disposition: the campaign's rules apply.
  if (input.contactId && input.contactId !== state.contactId) return null;
  return { callId: state.callId, campaignId: state.callCampaignId, contactId: state.contactId, phone: state.phone };
}

/** The call's campaign, live (no assignment check: the grant is the agent's access). */
export async function callCampaign(em: EntityManager, campaignId: string): Promise<Campaign> {
  const campaign = await em.findOne(
    Campaign,
    { id: campaignId, isTemplate: false, state: { $ne: CampaignState.DELETED } },
    { populate: ['contactDatabase'] },
  );
  if (!campaign) throw notFound('Campaign', campaignId);
  return campaign;
}

/** Column of the databases made for campaigns that had none: the caller's number. */
const CALLS_PHONE_COLUMN = 'phone';

/**
 * A campaign without a contact database gets one for its calls' contacts, once: the campaign
 * row is locked, so two agents dispositioning at once do not make two. Runs in the caller's
 * transaction.
 */
async function callsDatabase(em: EntityManager, campaign: Campaign): Promise<ContactDatabase> {
  const locked = await em.findOneOrFail(
    Campaign,
    { id: campaign.id },
    { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['contactDatabase'], refresh: true },
  );
  if (locked.contactDatabase) return locked.contactDatabase;
  const database = em.create(ContactDatabase, {
    name: `Calls of campaign ${campaign.id}`,
    columns: [CALLS_PHONE_COLUMN],
    phoneColumns: [CALLS_PHONE_COLUMN],
    externalIdColumn: null,
    contactCount: 0,
    createdBy: null,
  } as unknown as ContactDatabase);
  locked.contactDatabase = database;
  await em.flush();
  return database;
}

/**
 * The contact a call is dispositioned on: the call's own, or a new one in the campaign's
 * database with the caller's number as its main phone (empty when the number is unknown).
 * In the caller's transaction, so that a refused disposition leaves no contact behind.
 */
export async function contactForCall(em: EntityManager, campaign: Campaign, grant: AgentCallGrant): Promise<Contact> {
  if (grant.contactId) {
    const own = await em.findOne(Contact, { id: grant.contactId });
    if (own) return own;
  }
  const database = campaign.contactDatabase
    ? await em.findOneOrFail(
        ContactDatabase,
        { id: campaign.contactDatabase.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      )
    : await callsDatabase(em, campaign);
  campaign.contactDatabase = database;
  const mainColumn = database.phoneColumns[0];
  const phone = grant.phone ? normalizePhone(grant.phone) : null;
  return insertContact(em, database, mainColumn && phone ? { [mainColumn]: phone } : {});
}
