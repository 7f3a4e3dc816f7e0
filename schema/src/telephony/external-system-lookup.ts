import type { FilterQuery } from '@mikro-orm/core';
import type { DomainContext } from '../common/domain-context.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignState } from '../campaigns/campaign.enums.js';
import { campaignScope } from '../campaigns/campaign-scope.js';
import { campaignForViewer } from '../contacts/contact-access.js';
import { Contact } from '../contacts/contact.entity.js';
import { ExternalSystem } from './external-system.entity.js';
import { ExternalSystemErrors } from './external-system.errors.js';

/**
 * A CRM's ids translated to ours (the REST bridge's idExternalSystem mode): the campaign by
 * its external id within the system, and the contact by its external id within the
 * campaign's database. Each answers NOT_FOUND naming the field.
 */
export async function findExternalSystem({ em }: DomainContext, id: string): Promise<ExternalSystem> {
  const system = await em.findOne(ExternalSystem, { id });
  if (!system) {
    throw ExternalSystemErrors.create('UNKNOWN_SYSTEM', `externalSystemId: no external system ${id}`, {
      field: 'externalSystemId',
      id,
    });
  }
  return system;
}

/** Our id of the live campaign the system calls `externalId`, among those the viewer sees. */
export async function campaignIdByExternalId(
  context: DomainContext,
  systemId: string,
  externalId: string,
): Promise<string> {
  const system = await findExternalSystem(context, systemId);
  const campaign = await context.em.findOne(Campaign, {
    $and: [
      campaignScope(context.viewer),
      { externalSystem: system.id, externalId, isTemplate: false, state: { $ne: CampaignState.DELETED } },
    ],
  } as FilterQuery<Campaign>);
  if (!campaign) {
    throw ExternalSystemErrors.create('UNKNOWN_CAMPAIGN', `campaignId: no campaign ${externalId} in this system`, {
      field: 'campaignId',
      externalId,
    });
  }
  return campaign.id;
}

/** Our id of the contact whose external id is `externalId` in the campaign's database. */
export async function contactIdByExternalId(
  context: DomainContext,
  campaignId: string,
  externalId: string,
): Promise<string> {
  const campaign = await campaignForViewer(context, campaignId);
  const contact = campaign.contactDatabase
    ? await context.em.findOne(Contact, { database: campaign.contactDatabase.id, externalId })
    : null;
  if (!contact) {
    throw ExternalSystemErrors.create('UNKNOWN_CONTACT', `contactId: no contact ${externalId} in the campaign`, {
      field: 'contactId',
      externalId,
    });
  }
  return contact.id;
}
