import type { AgentSessionService } from '../agents/session/agent-session.service.js';
import type { DomainContext } from '../common/domain-context.js';
import { agentCallGrant } from './call-contact.js';
import type { Disposition } from './disposition.entity.js';
import type { DisposeContactInput } from './disposition.inputs.js';
import { disposeContact, type DisposeOptions } from './disposition.service.js';

/**
 * An agent dispositions the call it just had: the disposition is recorded as anyone's, and
 * the agent's session learns of it, so that an ACW held for a forced disposition ends. The
 * agent's own call (its live state) can always be dispositioned: see call-contact.ts.
 */
export async function disposeAsAgent(
  context: DomainContext,
  sessions: AgentSessionService,
  input: DisposeContactInput,
  options: DisposeOptions = {},
): Promise<Disposition> {
  const agentId = context.viewer.agentId;
  const grant = agentId ? agentCallGrant(await sessions.state(context.em.fork(), agentId), input) : null;
  const disposition = await disposeContact(context, input, grant, options);
  if (agentId) {
    await sessions.dispositioned(context.em.fork(), agentId, {
      callId: input.callId ?? grant?.callId ?? null,
      campaignId: disposition.campaign.id,
      contactId: disposition.contact.id,
    });
  }
  return disposition;
}
