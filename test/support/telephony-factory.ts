import {
  AgentProfile,
  Campaign,
  CampaignAgent,
  CampaignState,
  CampaignType,
  ExternalSystem,
  OutboundRoute,
  User,
  type Orm,
} from '@switchboard/schema';
import { unique } from './factories.js';

export interface CampaignOptions {
  supervisorIds?: string[];
  /** Agent profile ids. */
  agentIds?: string[];
  outboundRouteId?: string;
  externalSystemId?: string;
  state?: CampaignState;
}

/**
 * A campaign written straight to the database, with its supervisors and agents: enough for
 * visibility rules and references, without going through the campaigns API.
 */
export async function createCampaign(orm: Orm, options: CampaignOptions = {}): Promise<Campaign> {
  const em = orm.em.fork();
  const campaign = new Campaign();
  campaign.name = unique('campaign');
  campaign.type = CampaignType.MANUAL;
  campaign.state = options.state ?? CampaignState.INACTIVE;
  if (options.outboundRouteId) campaign.outboundRoute = em.getReference(OutboundRoute, options.outboundRouteId);
  if (options.externalSystemId) campaign.externalSystem = em.getReference(ExternalSystem, options.externalSystemId);
  for (const id of options.supervisorIds ?? []) campaign.supervisors.add(em.getReference(User, id));
  for (const id of options.agentIds ?? []) {
    const assignment = new CampaignAgent();
    assignment.campaign = campaign;
    assignment.agent = em.getReference(AgentProfile, id);
    em.persist(assignment);
  }
  em.persist(campaign);
  await em.flush();
  return campaign;
}

export async function setCampaignState(orm: Orm, campaignId: string, state: CampaignState): Promise<void> {
  await orm.em.fork().nativeUpdate(Campaign, { id: campaignId }, { state });
}

/** pjsip wizard text of the manual's "SIP trunk on the Internet" template. */
export function internetTrunkDetails(password = 'provider-secret'): string {
  return [
    'type=wizard',
    'transport=trunk-transport',
    'accepts_registrations=no',
    'accepts_auth=no',
    'sends_registrations=yes',
    'sends_auth=yes',
    'endpoint/rtp_symmetric=yes',
    'endpoint/allow=alaw,ulaw',
    'endpoint/context=from-pstn',
    '; the provider gives these three',
    'remote_hosts=sip.provider.example:5060',
    'outbound_auth/username=switchboard',
    `outbound_auth/password=${password}`,
  ].join('\n');
}
