import type { DomainContext } from '../common/domain-context.js';
import { supervisedCampaign } from './campaign-counters.service.js';
import type { DialerPacingStore } from './dialer-pacing.store.js';
import type { DialerPacingData } from './dialer-pacing.types.js';

/**
 * The dialer's current decision for a campaign the viewer supervises (SUPERVISION, and the
 * campaign one of theirs unless CAMPAIGNS_ALL); null when no dialer decides for it now.
 */
export async function readDialerPacing(
  context: Pick<DomainContext, 'em' | 'viewer'>,
  store: DialerPacingStore,
  campaignId: string,
): Promise<DialerPacingData | null> {
  const campaign = await supervisedCampaign(context.em, context.viewer, campaignId);
  return store.read(campaign.id);
}
