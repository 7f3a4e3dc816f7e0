import type { AgentSessionService } from '../agents/session/agent-session.service.js';
import type { DomainContext } from '../common/domain-context.js';
import { inTransaction } from '../common/transaction.js';
import { campaignContactStructure, createCampaignContact } from '../contacts/campaign-contact.service.js';
import { invalidInput } from '../common/domain-error.js';
import { contactIdByExternalId } from '../telephony/external-system-lookup.js';
import { disposeAsAgent } from './agent-disposition.js';
import { DispositionOption } from './disposition-option.entity.js';
import { dispositionOptionScope } from './disposition-option.service.js';
import type { Disposition } from './disposition.entity.js';
import { DispositionErrors } from './disposition.errors.js';
import { findOwnDisposition } from './disposition-query.service.js';
import { Permission } from '../auth/permission.js';
import { findVisibleCampaign } from '../campaigns/campaign-access.js';
import { campaignDispositionOptions } from '../campaigns/campaign-relations.js';
import { campaignIdByExternalId } from '../telephony/external-system-lookup.js';

/** A contact named by our id, or by its external id in the campaign's database. */
export type ContactReference = { id: string } | { externalId: string };

/**
 * A disposition named by its option (the REST bridge's dialect): the option fixes the
 * campaign, and the contact is looked up in that campaign's database.
 */
export interface OptionDispositionInput {
  optionId: string;
  contact: ContactReference;
  comment?: string | null;
  callId?: string | null;
}

export interface NewContactDispositionInput {
  optionId: string;
  /** The main phone, whatever the database calls its column. */
  phone: string;
  /** The external id, whatever the database calls its column; the database must have one. */
  externalId?: string | null;
  /** The other columns by name, checked as any new contact's data. */
  data: Record<string, unknown>;
  comment?: string | null;
  callId?: string | null;
}

/** A campaign named by our id, or by its external id in an external system. */
export type CampaignReference = { id: string } | { externalSystemId: string; externalId: string };

/** Our id of a campaign reference (NOT_FOUND naming the field when the system or campaign is unknown). */
export async function campaignIdOf(context: DomainContext, campaign: CampaignReference): Promise<string> {
  return 'id' in campaign
    ? campaign.id
    : campaignIdByExternalId(context, campaign.externalSystemId, campaign.externalId);
}

/** The options of a campaign the viewer sees, as GraphQL's Campaign.dispositionOptions gives them. */
export async function dispositionOptionsOf(
  context: DomainContext,
  campaign: CampaignReference,
): Promise<DispositionOption[]> {
  context.viewer.require(Permission.CAMPAIGNS_READ);
  const found = await findVisibleCampaign(context, await campaignIdOf(context, campaign), { field: 'campaignId' });
  return campaignDispositionOptions(context, found);
}

/** The campaign of an option the viewer may use (agents: not hidden), or NOT_FOUND naming optionId. */
export async function optionCampaignId(context: DomainContext, optionId: string): Promise<string> {
  const option = await context.em.findOne(DispositionOption, {
    $and: [{ id: optionId }, dispositionOptionScope(context.viewer)],
  });
  if (!option) {
    throw DispositionErrors.create('OPTION_NOT_IN_CAMPAIGN', `optionId: no disposition option ${optionId}`, {
      field: 'optionId',
    });
  }
  return option.campaign.id;
}

async function contactId(context: DomainContext, campaignId: string, contact: ContactReference): Promise<string> {
  return 'id' in contact ? contact.id : contactIdByExternalId(context, campaignId, contact.externalId);
}

/** The first disposition of a contact in the option's campaign; DISPOSITION_EXISTS if it has one. */
export async function disposeByOption(
  context: DomainContext,
  sessions: AgentSessionService,
  input: OptionDispositionInput,
): Promise<Disposition> {
  const campaignId = await optionCampaignId(context, input.optionId);
  const resolved = await contactId(context, campaignId, input.contact);
  return disposeAsAgent(
    context,
    sessions,
    { campaignId, contactId: resolved, optionId: input.optionId, comment: input.comment, callId: input.callId },
    { onlyNew: true },
  );
}

/**
 * Changes one of the viewer's own dispositions: a new version with this option, comment and
 * call. Its current option may stay even if hidden since; the disposition stays with its
 * contact and campaign (TARGET_FIXED otherwise: it is the contact's outcome there).
 */
export async function changeOwnDisposition(
  context: DomainContext,
  sessions: AgentSessionService,
  dispositionId: string,
  input: OptionDispositionInput,
): Promise<Disposition> {
  const own = await findOwnDisposition(context, dispositionId);
  const campaignId =
    input.optionId === own.option.id ? own.campaign.id : await optionCampaignId(context, input.optionId);
  if (campaignId !== own.campaign.id) {
    throw DispositionErrors.create('TARGET_FIXED', 'optionId: the option belongs to another campaign', {
      field: 'optionId',
    });
  }
  const resolved = await contactId(context, campaignId, input.contact);
  if (resolved !== own.contact.id) {
    throw DispositionErrors.create('TARGET_FIXED', 'contactId: a disposition stays with its contact', {
      field: 'contactId',
    });
  }
  return disposeAsAgent(
    context,
    sessions,
    { campaignId, contactId: resolved, optionId: input.optionId, comment: input.comment, callId: input.callId },
    { currentOptionId: own.option.id },
  );
}

/** Adds a contact to the option's campaign and dispositions it, in one transaction: both or neither. */
export async function disposeNewContact(
  context: DomainContext,
  sessions: AgentSessionService,
  input: NewContactDispositionInput,
): Promise<Disposition> {
  const campaignId = await optionCampaignId(context, input.optionId);
  return inTransaction(context, 'Disposition', async (scoped) => {
    const structure = await campaignContactStructure(scoped, campaignId);
    const data = { ...input.data, [structure.mainPhone ?? 'phone']: input.phone };
    if (input.externalId) {
      if (!structure.externalIdColumn) throw invalidInput('externalId', "the campaign's database has no external id");
      data[structure.externalIdColumn] = input.externalId;
    }
    const contact = await createCampaignContact(scoped, campaignId, data);
    return disposeAsAgent(
      scoped,
      sessions,
      { campaignId, contactId: contact.id, optionId: input.optionId, comment: input.comment, callId: input.callId },
      { onlyNew: true },
    );
  });
}
