import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../common/domain-context.js';
import { inTransaction } from '../common/transaction.js';
import { Permission } from '../auth/permission.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignState, CampaignType } from '../campaigns/campaign.enums.js';
import { CAMPAIGN_TRANSITIONS, CampaignAction } from '../campaigns/campaign-lifecycle.js';
import { campaignNotifier } from '../campaigns/campaign.notifier.js';
import { findManagedCampaign, findVisibleCampaign } from '../campaigns/campaign-access.js';
import { PreviewAssignmentMode } from './preview.enums.js';
import { PreviewErrors } from './preview.errors.js';
import type { PreviewAssignmentSummary } from './preview.types.js';
import {
  countAssignments,
  dealAssignments,
  finishAssignment,
  hasUnfinishedContacts,
  hasWaitingAssignments,
  insertMissingAssignments,
} from './preview-assignment.sql.js';

function assertPreview(campaign: Campaign, field = 'campaignId'): void {
  if (campaign.type !== CampaignType.PREVIEW) {
    throw PreviewErrors.create('NOT_PREVIEW', `${field}: campaign ${campaign.name} is ${campaign.type}, not PREVIEW`, {
      field,
      type: campaign.type,
    });
  }
}

/**
 * Called by the campaign lifecycle, in its transaction, when a preview campaign goes live:
 * queues the contacts of its database that have no row yet, and on activation deals them
 * as the campaign's initial assignment says.
 */
export async function preparePreviewCampaign(em: EntityManager, campaign: Campaign, activating: boolean) {
  if (campaign.type !== CampaignType.PREVIEW || campaign.isTemplate) return;
  await em.populate(campaign, ['contactDatabase']);
  const mode = activating ? campaign.previewInitialAssignment : PreviewAssignmentMode.NONE;
  // A first activation deals contacts as it queues them, in one statement; contacts already
  // waiting (a campaign activated again) are dealt again with them.
  if (mode !== PreviewAssignmentMode.NONE && (await hasWaitingAssignments(em, campaign))) {
    await insertMissingAssignments(em, campaign);
    await dealAssignments(em, campaign, mode);
  } else {
    await insertMissingAssignments(em, campaign, mode);
  }
}

/**
 * A supervisor's (re)assignment of the waiting contacts to the campaign's current agents
 * (the manual's "Asignación inicial de contactos a agentes", on demand). Contacts on an
 * agent's screen, called or finished are left alone.
 */
export async function assignPreviewContacts(
  context: DomainContext,
  campaignId: string,
  mode: PreviewAssignmentMode,
): Promise<PreviewAssignmentSummary> {
  await inTransaction(context, 'Preview assignment', async (scoped) => {
    const campaign = await findManagedCampaign(scoped, campaignId, { field: 'campaignId', lock: true });
    assertPreview(campaign);
    await scoped.em.populate(campaign, ['contactDatabase']);
    await insertMissingAssignments(scoped.em, campaign);
    await dealAssignments(scoped.em, campaign, mode);
  });
  return previewAssignmentSummary(context, campaignId);
}

/** How many contacts wait, are on screens, were called or finished, per agent. */
export async function previewAssignmentSummary(
  context: DomainContext,
  campaignId: string,
): Promise<PreviewAssignmentSummary> {
  context.viewer.requireAny(Permission.CAMPAIGNS_MANAGE, Permission.REPORTS_READ);
  const campaign = await findVisibleCampaign(context, campaignId, { field: 'campaignId' });
  assertPreview(campaign);
  await context.em.populate(campaign, ['contactDatabase']);
  const rows = await countAssignments(context.em, campaign);
  const counts = rows.map((row) => ({
    status: row.status,
    agentId: row.agent_id,
    deactivated: row.deactivated,
    count: Number(row.count),
  }));
  return {
    campaignId,
    total: counts.reduce((sum, row) => sum + row.count, 0),
    contactCount: campaign.contactDatabase?.contactCount ?? 0,
    counts,
  };
}

/**
 * The disposition service's call-out, in its transaction: a contact dispositioned in a
 * preview campaign is finished there.
 */
export async function finishPreviewContact(
  context: DomainContext,
  campaign: Campaign,
  contactId: string,
): Promise<void> {
  if (campaign.type !== CampaignType.PREVIEW) return;
  await finishAssignment(context.em, campaign.id, contactId, context.viewer.agentId);
}

/**
 * After a disposition is committed: once every deliverable contact is finished, the campaign
 * finishes (the lifecycle's FINISH, from the states it allows), and campaign.state_changed
 * is published. Deactivated contacts are never delivered, so they do not hold it open.
 */
export async function finishPreviewCampaignIfDone(context: DomainContext, campaignId: string): Promise<boolean> {
  const probe = await context.em.fork().findOne(Campaign, { id: campaignId }, { populate: ['contactDatabase'] });
  if (!probe || probe.type !== CampaignType.PREVIEW || probe.isTemplate) return false;
  if (!CAMPAIGN_TRANSITIONS[CampaignAction.FINISH].from.includes(probe.state)) return false;
  if (await hasUnfinishedContacts(context.em, probe)) return false;
  const from = await inTransaction(context, 'Campaign', async ({ em }) => {
    const locked = await em.findOne(Campaign, { id: campaignId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // Re-read under the lock: a supervisor may have finished or deleted it meanwhile.
    if (!locked || !CAMPAIGN_TRANSITIONS[CampaignAction.FINISH].from.includes(locked.state)) return null;
    const previous = locked.state;
    locked.state = CampaignState.FINISHED;
    await em.flush();
    return previous;
  });
  if (from === null) return false;
  campaignNotifier.stateChanged(context, campaignId, from, CampaignState.FINISHED);
  return true;
}
