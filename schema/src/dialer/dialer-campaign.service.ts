import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignAction, nextCampaignState } from '../campaigns/campaign-lifecycle.js';
import { CampaignState } from '../campaigns/campaign.enums.js';
import type { EventBus } from '../events/event-bus.js';
import { hasFreshContacts } from './dialer-hopper.js';
import { dialerNotifier } from './dialer.notifier.js';

/**
 * A dialer campaign with nothing left to dial (no fresh contact, nothing pending, scheduled or
 * on a call) finishes by itself: reported as exhausted, then FINISH by the lifecycle's rule,
 * with the campaign row locked so that a supervisor's concurrent action and this one are
 * ordered. Returns whether the campaign finished now.
 */
export async function finishIfExhausted(
  em: EntityManager,
  events: EventBus,
  campaignId: string,
): Promise<'finished' | 'not-active' | 'rows-left' | 'fresh-left'> {
  const outcome = await em.transactional(async (tx) => {
    const campaign = await tx.findOne(
      Campaign,
      { id: campaignId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (!campaign || campaign.state !== CampaignState.ACTIVE) return 'not-active' as const;
    // The cheap question first (the status index); the fresh scan only once every row is done.
    const open = await tx.execute(`select 1 from dialer_contacts where campaign_id = ? and status <> 'DONE' limit 1`, [
      campaignId,
    ]);
    if (open.length > 0) return 'rows-left' as const;
    if (campaign.contactDatabase && (await hasFreshContacts(tx, campaignId, campaign.contactDatabase.id)))
      return 'fresh-left' as const;
    const from = campaign.state;
    campaign.state = nextCampaignState(campaign, CampaignAction.FINISH);
    await tx.flush();
    const done = await tx.execute<Array<{ count: string }>>(
      `select count(*) as count from dialer_contacts where campaign_id = ?`,
      [campaignId],
    );
    return { from, to: campaign.state, done: Number(done[0]?.count ?? 0) };
  });
  if (typeof outcome === 'string') return outcome;
  dialerNotifier.campaignExhausted(events, campaignId, outcome.done);
  dialerNotifier.campaignFinished(events, campaignId, outcome.from, outcome.to);
  return 'finished';
}
