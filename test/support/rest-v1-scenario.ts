import { BuiltInRole, Campaign, ExternalSystem, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { createUser, PASSWORD, unique } from './factories.js';
import { addContact, createCampaign, createDatabase, createOption } from './contact-factory.js';
import { restToken } from './rest-v1-client.js';

/**
 * A CRM's world: a campaign linked to an external system (with its external id), its agent
 * and supervisor, an agent of no campaign, a contact with an external id, and options (one hidden).
 */
export async function crmScenario(api: ApiServer, orm: Orm, options: { hidden?: string[] } = {}) {
  const [agent, supervisor, outsider] = await Promise.all([
    createUser(orm, BuiltInRole.AGENT),
    createUser(orm, BuiltInRole.SUPERVISOR),
    createUser(orm, BuiltInRole.AGENT),
  ]);
  const em = orm.em.fork();
  const system = Object.assign(new ExternalSystem(), { name: unique('crm') });
  await em.persist(system).flush();
  const database = await createDatabase(orm);
  const campaign = await createCampaign(orm, {
    database,
    agents: [agent.user],
    supervisors: [supervisor.user],
    hidden: options.hidden ?? [],
  });
  const externalId = unique('camp').replace(/-/g, '_');
  await em.nativeUpdate(Campaign, { id: campaign.id }, { externalSystem: system.id, externalId });
  const contact = await addContact(orm, database, { customer_id: unique('C') });
  const option = await createOption(orm, campaign, { name: 'Sold' });
  const other = await createOption(orm, campaign, { name: 'Not interested' });
  const hidden = await createOption(orm, campaign, { name: 'Old outcome', hidden: true });
  const [agentToken, supervisorToken, outsiderToken] = await Promise.all(
    [agent, supervisor, outsider].map((user) => restToken(api, user.username, PASSWORD)),
  );
  return {
    system,
    database,
    campaign,
    externalId,
    contact,
    options: { option, other, hidden },
    agent,
    tokens: { agent: agentToken, supervisor: supervisorToken, outsider: outsiderToken },
  };
}
