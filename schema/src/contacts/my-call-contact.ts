import type { AgentSessionService } from '../agents/session/agent-session.service.js';
import { Permission } from '../auth/permission.js';
import type { DomainContext } from '../common/domain-context.js';
import { callCampaign } from '../dispositions/call-contact.js';
import { viewerCampaignRestriction } from './campaign-contact.service.js';
import { isAssigned } from './contact-access.js';
import { Contact } from './contact.entity.js';
import { redactContact } from './contact-visibility.js';
import type { CallContactView } from './my-call-contact.type.js';

/**
 * The contact of the agent's own current call, with the call's campaign view. The grant is the
 * live state's call, campaign and contact (as for its disposition, see call-contact.ts), never
 * an id from the client: an agent not assigned to the campaign (a call transferred in) reads
 * this one contact and nothing else of the campaign. Null when the live state has no call.
 */
export async function myCallContact(
  context: DomainContext,
  sessions: AgentSessionService,
): Promise<CallContactView | null> {
  context.viewer.require(Permission.AGENT_CONSOLE);
  const agentId = context.viewer.agentId;
  if (!agentId) return null;
  const state = await sessions.state(context.em.fork(), agentId);
  if (!state.callId || !state.callCampaignId) return null;
  const campaign = await callCampaign(context.em, state.callCampaignId);
  const database = campaign.contactDatabase;
  // The contact must be in the campaign's database: the campaign's hidden fields are its rules.
  const contact =
    database && state.contactId
      ? await context.em.findOne(Contact, { id: state.contactId, database: database.id })
      : null;
  return {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      hiddenContactFields: campaign.hiddenContactFields,
      blockedContactFields: campaign.blockedContactFields,
      columns: database?.columns ?? [],
      phoneColumns: database?.phoneColumns ?? [],
    },
    contact:
      contact && database ? redactContact(contact, database, viewerCampaignRestriction(context, campaign)) : null,
    editable: await isAssigned(context.em, campaign.id, agentId),
  };
}
