import type { FilterQuery } from '@mikro-orm/core';
import type { DomainContext } from '../common/domain-context.js';
import { notFound } from '../common/domain-error.js';
import { listPage } from '../common/list-query.js';
import type { Page, PageArgs } from '../common/pagination.js';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { campaignScope } from '../campaigns/campaign-scope.js';
import { Disposition } from './disposition.entity.js';
import { DispositionChange } from './disposition-change.entity.js';
import type { DispositionFilter } from './disposition.inputs.js';

/** Relations GraphQL reads from a disposition, loaded with it. */
export const DISPOSITION_POPULATE = ['campaign', 'contact', 'option', 'agent.role'] as const;

function dispositionScope(viewer: Viewer): FilterQuery<Disposition> {
  return { campaign: campaignScope(viewer) };
}

function filterConditions(filter: DispositionFilter | null | undefined): FilterQuery<Disposition>[] {
  if (!filter) return [];
  const conditions: FilterQuery<Disposition>[] = [];
  if (filter.campaignId) conditions.push({ campaign: filter.campaignId });
  if (filter.contactId) conditions.push({ contact: filter.contactId });
  if (filter.optionId) conditions.push({ option: filter.optionId });
  if (filter.agentId) conditions.push({ agent: filter.agentId });
  return conditions;
}

export async function listDispositions(
  context: DomainContext,
  filter: DispositionFilter | null | undefined,
  page: PageArgs,
): Promise<Page<Disposition>> {
  context.viewer.require(Permission.DISPOSITIONS_READ);
  const where = { $and: [dispositionScope(context.viewer), ...filterConditions(filter)] } as FilterQuery<Disposition>;
  return listPage(context.em, Disposition, where, page, { populate: DISPOSITION_POPULATE as never });
}

export async function getDisposition(context: DomainContext, id: string): Promise<Disposition> {
  context.viewer.require(Permission.DISPOSITIONS_READ);
  const disposition = await context.em.findOne(
    Disposition,
    { $and: [{ id }, dispositionScope(context.viewer)] },
    {
      populate: DISPOSITION_POPULATE,
    },
  );
  if (!disposition) throw notFound('Disposition', id);
  return disposition;
}

/** The contact's current disposition in the campaign, or null when it has none yet. */
export async function findContactDisposition(
  context: DomainContext,
  campaignId: string,
  contactId: string,
): Promise<Disposition | null> {
  context.viewer.require(Permission.DISPOSITIONS_READ);
  const campaign = await context.em.findOne(Campaign, { $and: [{ id: campaignId }, campaignScope(context.viewer)] });
  if (!campaign) throw notFound('Campaign', campaignId);
  return context.em.findOne(Disposition, { campaign, contact: contactId }, { populate: DISPOSITION_POPULATE });
}

/** Every version of a disposition already read through the viewer's scope, oldest first. */
export async function dispositionHistory(
  context: DomainContext,
  disposition: Disposition,
): Promise<DispositionChange[]> {
  return context.em.find(
    DispositionChange,
    { disposition: disposition.id },
    { orderBy: { revision: 'asc' }, populate: ['option', 'agent.role'] },
  );
}

/** Dispositions the viewer made last (the REST bridge's "my dispositions"), oldest first. */
export async function listOwnDispositions(context: DomainContext): Promise<Disposition[]> {
  context.viewer.require(Permission.DISPOSITIONS_READ);
  return context.em.find(
    Disposition,
    { $and: [{ agent: context.viewer.userId }, dispositionScope(context.viewer)] } as FilterQuery<Disposition>,
    { populate: DISPOSITION_POPULATE, orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}

/** One of the viewer's own dispositions; NOT_FOUND for anyone else's, as for an unknown id. */
export async function findOwnDisposition(context: DomainContext, id: string): Promise<Disposition> {
  context.viewer.require(Permission.DISPOSITIONS_READ);
  const disposition = await context.em.findOne(
    Disposition,
    { $and: [{ id, agent: context.viewer.userId }, dispositionScope(context.viewer)] } as FilterQuery<Disposition>,
    { populate: DISPOSITION_POPULATE },
  );
  if (!disposition) throw notFound('Disposition', id);
  return disposition;
}
