import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import {
  BuiltInRole,
  Campaign,
  Contact,
  ContactDatabase,
  Disposition,
  DispositionType,
  FormFieldType,
  type AgentStateStore,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { putOnCall, testAgentStateStore } from '../support/agent-factory.js';
import { loggedIn } from '../support/factories.js';
import { failed } from '../support/graphql-client.js';
import { caller, createCampaign, createDatabase, createFormWith, createOption } from '../support/contact-factory.js';

/**
 * A disposition of the agent's own call without a contact creates the contact (and, for a
 * campaign without a database, the database) in its own transaction: refused, it leaves neither.
 */

let api: ApiServer;
let orm: Orm;
let store: AgentStateStore;
let redis: Redis;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  ({ store, redis } = testAgentStateStore());
});
afterAll(async () => {
  redis?.disconnect();
  await closeTestApi(api, orm);
});

const DISPOSE = 'mutation ($input: DisposeContactInput!) { disposeContact(input: $input) { id } }';

/** An ENGAGED option whose form requires an answer the agent leaves out. */
async function refusedDisposition(campaign: Campaign) {
  const form = await createFormWith(orm, [{ name: 'reason', type: FormFieldType.TEXT, required: true }]);
  const option = await createOption(orm, campaign, { type: DispositionType.ENGAGED, form });
  const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
  const callId = await putOnCall(store, agent.user, campaign.id, null);
  const error = failed(
    await caller(api.url, agent.token)(DISPOSE, {
      input: { campaignId: campaign.id, optionId: option.id, callId, answers: {} },
    }),
    'BAD_USER_INPUT',
  );
  return { error, callId };
}

describe("a refused disposition of the agent's own call", () => {
  it('leaves no contact behind in the campaign database', async () => {
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database });
    const before = await orm.em.fork().count(Contact, { database: database.id });
    const { callId } = await refusedDisposition(campaign);
    const em = orm.em.fork();
    expect(await em.count(Contact, { database: database.id })).toBe(before);
    expect(await em.count(Disposition, { callId })).toBe(0);
  });

  it('leaves a campaign without a database without one', async () => {
    const campaign = await createCampaign(orm, { database: null });
    await refusedDisposition(campaign);
    const em = orm.em.fork();
    expect(
      (await em.findOneOrFail(Campaign, campaign.id, { populate: ['contactDatabase'] })).contactDatabase,
    ).toBeNull();
    expect(await em.count(ContactDatabase, { name: `Calls of campaign ${campaign.id}` })).toBe(0);
  });
});
