import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Permission } from '../auth/permission.js';
import { findVisibleCampaign } from '../campaigns/campaign-access.js';
import type { DomainContext } from '../common/domain-context.js';
import { DialerContactSource, DialerContactStatus, DialOutcome } from './dialer-contact.entity.js';

@ObjectType({ description: 'Dialer contacts of a campaign with one status and source.' })
export class DialerContactCount {
  @Field(() => DialerContactStatus)
  status!: DialerContactStatus;

  @Field(() => DialerContactSource)
  source!: DialerContactSource;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Dialer contacts of a campaign whose last attempt had one outcome.' })
export class DialOutcomeCount {
  @Field(() => DialOutcome)
  outcome!: DialOutcome;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "A dialer campaign's hopper: what is left to dial (the manual's pending calls)." })
export class DialerCampaignProgress {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => Int, { description: 'Contacts of the database never dialed yet (no hopper row).' })
  fresh!: number;

  @Field(() => Int, { description: 'Ready to dial now.' })
  pending!: number;

  @Field(() => Int, { description: 'Retries and callbacks waiting for their time.' })
  scheduled!: number;

  @Field(() => Int, { description: 'Calls on now.' })
  dialing!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int, { description: 'Pending calls: fresh + pending + scheduled + dialing.' })
  pendingCalls!: number;

  @Field(() => [DialerContactCount])
  counts!: DialerContactCount[];

  @Field(() => [DialOutcomeCount], {
    description: 'Contacts by the outcome of their last attempt (none yet: not counted).',
  })
  outcomes!: DialOutcomeCount[];
}

/** Counts per status and source, plus the never-claimed contacts of the campaign's database. */
export async function dialerCampaignProgress(
  em: EntityManager,
  campaignId: string,
  databaseId: string | null,
): Promise<DialerCampaignProgress> {
  const rows = await em.execute<Array<{ status: DialerContactStatus; source: DialerContactSource; count: string }>>(
    `select status, source, count(*) as count from dialer_contacts where campaign_id = ? group by status, source order by status, source`,
    [campaignId],
  );
  const counts = rows.map((row) => Object.assign(new DialerContactCount(), { ...row, count: Number(row.count) }));
  const outcomeRows = await em.execute<Array<{ outcome: DialOutcome; count: string }>>(
    `select last_outcome as outcome, count(*) as count from dialer_contacts
      where campaign_id = ? and last_outcome is not null group by last_outcome order by last_outcome`,
    [campaignId],
  );
  const outcomes = outcomeRows.map((row) =>
    Object.assign(new DialOutcomeCount(), { outcome: row.outcome, count: Number(row.count) }),
  );
  const fresh = databaseId
    ? Number(
        (
          await em.execute<Array<{ count: string }>>(
            `select count(*) as count from contacts c where c.database_id = ?
               and not exists (select 1 from dialer_contacts d where d.campaign_id = ? and d.contact_id = c.id)`,
            [databaseId, campaignId],
          )
        )[0]?.count ?? 0,
      )
    : 0;
  const of = (status: DialerContactStatus) =>
    counts.filter((count) => count.status === status).reduce((sum, count) => sum + count.count, 0);
  const progress = Object.assign(new DialerCampaignProgress(), {
    campaignId,
    fresh,
    pending: of(DialerContactStatus.PENDING),
    scheduled: of(DialerContactStatus.SCHEDULED),
    dialing: of(DialerContactStatus.DIALING),
    done: of(DialerContactStatus.DONE),
    counts,
    outcomes,
  });
  progress.pendingCalls = progress.fresh + progress.pending + progress.scheduled + progress.dialing;
  return progress;
}

/** The supervisors' read: the campaign must be one the viewer sees (NOT_FOUND otherwise). */
export async function readDialerCampaignProgress(
  context: DomainContext,
  campaignId: string,
): Promise<DialerCampaignProgress> {
  context.viewer.require(Permission.SUPERVISION);
  const campaign = await findVisibleCampaign(context, campaignId);
  return dialerCampaignProgress(context.em, campaign.id, campaign.contactDatabase?.id ?? null);
}
