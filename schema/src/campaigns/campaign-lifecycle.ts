import { inTransaction } from '../common/transaction.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../common/domain-context.js';
import { Permission } from '../auth/permission.js';
import { DispositionOption } from '../dispositions/disposition-option.entity.js';
import type { Campaign } from './campaign.entity.js';
import { CampaignState, InteractionType } from './campaign.enums.js';
import { CampaignErrors } from './campaign.errors.js';
import { campaignNotifier } from './campaign.notifier.js';
import { needsContactDatabase } from './campaign-settings.js';
import { findVisibleCampaign } from './campaign-access.js';
import { preparePreviewCampaign } from '../preview/preview-campaign.service.js';
import { destinationGraph } from '../destinations/destination-graph.js';
import { DestinationType } from '../destinations/destination-type.js';

export enum CampaignAction {
  ACTIVATE = 'ACTIVATE',
  PAUSE = 'PAUSE',
  RESUME = 'RESUME',
  FINISH = 'FINISH',
  DELETE = 'DELETE',
}

const { INACTIVE, ACTIVE, PAUSED, FINISHED, DELETED } = CampaignState;

/** Every legal transition, written once: the states an action starts from, and where it leads. */
export const CAMPAIGN_TRANSITIONS: Readonly<
  Record<CampaignAction, { from: readonly CampaignState[]; to: CampaignState }>
> = {
  // A finished campaign is activated again after its contact database is replaced (the manual's rotation).
  [CampaignAction.ACTIVATE]: { from: [INACTIVE, FINISHED], to: ACTIVE },
  [CampaignAction.PAUSE]: { from: [ACTIVE], to: PAUSED },
  [CampaignAction.RESUME]: { from: [PAUSED], to: ACTIVE },
  [CampaignAction.FINISH]: { from: [ACTIVE, PAUSED], to: FINISHED },
  [CampaignAction.DELETE]: { from: [INACTIVE, ACTIVE, PAUSED, FINISHED], to: DELETED },
};

/** The state an action leads to, or CONFLICT: templates are never dialed, so they only get deleted. */
export function nextCampaignState(
  campaign: Pick<Campaign, 'state' | 'isTemplate'>,
  action: CampaignAction,
): CampaignState {
  if (campaign.isTemplate && action !== CampaignAction.DELETE) {
    throw CampaignErrors.create(
      'TEMPLATE_HAS_NO_LIFECYCLE',
      `A template cannot ${action.toLowerCase()}; only delete it`,
      {
        from: campaign.state,
        action,
      },
    );
  }
  const transition = CAMPAIGN_TRANSITIONS[action];
  if (!transition.from.includes(campaign.state)) {
    throw CampaignErrors.create(
      'ILLEGAL_TRANSITION',
      `Cannot ${action.toLowerCase()} a campaign that is ${campaign.state}; allowed from ${transition.from.join(', ')}`,
      { from: campaign.state, action },
    );
  }
  return transition.to;
}

/** What a campaign lacks before it may go live: [] when it is ready. */
export function activationGaps(
  campaign: Pick<Campaign, 'type' | 'interactionType' | 'contactDatabase'>,
  visibleDispositionOptions: number,
): string[] {
  const gaps: string[] = [];
  if (campaign.interactionType === InteractionType.FORM && visibleDispositionOptions === 0) {
    gaps.push('a disposition option that is not hidden');
  }
  if (needsContactDatabase(campaign) && !campaign.contactDatabase) gaps.push('a contact database');
  return gaps;
}

async function assertReadyToActivate(em: EntityManager, campaign: Campaign): Promise<void> {
  const options = await em.count(DispositionOption, { campaign, hidden: false });
  const gaps = activationGaps(campaign, options);
  if (gaps.length > 0) {
    throw CampaignErrors.create('NOT_READY', `Campaign ${campaign.name} needs ${gaps.join(' and ')} to activate`, {
      missing: gaps,
    });
  }
}

/**
 * Runs one lifecycle action: in one transaction with the campaign row locked, so of two
 * concurrent actions the second sees the first's result (two activations: one wins, the other
 * is an illegal ACTIVE -> ACTIVE); the event is published only after the commit.
 */
export async function transitionCampaign(
  context: DomainContext,
  id: string,
  action: CampaignAction,
): Promise<Campaign> {
  context.viewer.require(Permission.CAMPAIGNS_MANAGE);
  const { campaign, from } = await inTransaction(context, 'Campaign', async (scoped) => {
    const locked = await findVisibleCampaign(scoped, id, { lock: true });
    const previous = locked.state;
    const to = nextCampaignState(locked, action);
    if (action === CampaignAction.ACTIVATE) await assertReadyToActivate(scoped.em, locked);
    // A route, an IVR option or a time condition sending calls here would lose them.
    if (to === DELETED)
      await destinationGraph.assertUnreferenced(scoped.em, { type: DestinationType.CAMPAIGN, id: locked.id });
    locked.state = to;
    if (to === DELETED) locked.deletedAt = new Date();
    await scoped.em.flush();
    if (to === ACTIVE) await preparePreviewCampaign(scoped.em, locked, action === CampaignAction.ACTIVATE);
    return { campaign: locked, from: previous };
  });
  campaignNotifier.stateChanged(context, campaign.id, from, campaign.state);
  return campaign;
}
