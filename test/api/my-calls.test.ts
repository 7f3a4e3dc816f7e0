// "My calls": an agent reads its own calls (the call log is refused to agents), each summed up
// from the call-event log with its campaign, number, contact, duration and disposition; never
// another agent's.

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BuiltInRole,
  CallEventType,
  Campaign,
  recordCallEvent,
  type CallEventRecord,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { addContact, createCampaign, createDatabase, createOption } from '../support/contact-factory.js';
import { loggedIn } from '../support/factories.js';
import { failed, graphql, ok } from '../support/graphql-client.js';

let api: ApiServer;
let orm: Orm;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
});
afterAll(() => closeTestApi(api, orm));

const MY_CALLS = `query ($from: DateTime, $to: DateTime, $first: Int, $after: String) {
  myCalls(from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage }
    nodes { callId campaign { id name } phone contact { id } startedAt durationSeconds disposition { id name } dispositionedAt }
  } }`;

type Agent = Awaited<ReturnType<typeof loggedIn>> & { agentId: string };

async function agent(): Promise<Agent> {
  const created = await loggedIn(orm, api.url, BuiltInRole.AGENT);
  return { ...created, agentId: created.user.agentProfile!.id };
}

/** A connected call in the log: DIAL, CONNECT with the agent, COMPLETEAGENT with its duration. */
async function loggedCall(of: Agent, at: Date, call: Partial<CallEventRecord> = {}): Promise<string> {
  const callId = randomUUID();
  const em = orm.em.fork();
  const base = { callId, campaignId: null, contactId: null, phone: '5551234', ...call };
  const event = (type: CallEventType, secondsLater: number, extra: Partial<CallEventRecord> = {}) =>
    recordCallEvent(em, {
      ...base,
      eventKey: `${callId}:${type}`,
      type,
      occurredAt: new Date(at.getTime() + secondsLater * 1000),
      ...extra,
    });
  await event(CallEventType.DIAL, 0);
  await event(CallEventType.CONNECT, 5, { agentId: of.agentId });
  await event(CallEventType.COMPLETEAGENT, 65, { agentId: of.agentId, durationSeconds: 60 });
  return callId;
}

const myCalls = (who: Agent | string, variables: Record<string, unknown> = {}) =>
  graphql<{ myCalls: any }>(api.url, MY_CALLS, variables, typeof who === 'string' ? who : who.token);

describe('my calls', () => {
  it("lists the agent's own calls, newest first, with campaign, number, contact, duration and disposition", async () => {
    const [me, other] = [await agent(), await agent()];
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database, agents: [me.user] });
    const contact = await addContact(orm, database, { phone: '5550001' });
    const option = await createOption(orm, campaign, { name: 'Sold' });
    const earlier = new Date(Date.now() - 60 * 60_000);
    const first = await loggedCall(me, earlier, { campaignId: campaign.id, contactId: contact.id, phone: '5550001' });
    const second = await loggedCall(me, new Date(Date.now() - 10 * 60_000));
    const theirs = await loggedCall(other, new Date(Date.now() - 5 * 60_000), { campaignId: campaign.id });
    ok(
      await graphql(
        api.url,
        'mutation ($input: DisposeContactInput!) { disposeContact(input: $input) { id } }',
        { input: { campaignId: campaign.id, contactId: contact.id, optionId: option.id, callId: first } },
        me.token,
      ),
    );

    const { myCalls: page } = ok(await myCalls(me, { from: new Date(earlier.getTime() - 1000).toISOString() }));
    expect(page.totalCount).toBe(2);
    expect(page.nodes.map((call: any) => call.callId)).toEqual([second, first]);
    expect(page.nodes[1]).toMatchObject({
      callId: first,
      campaign: { id: campaign.id },
      phone: '5550001',
      contact: { id: contact.id },
      startedAt: earlier.toISOString(),
      durationSeconds: 60,
      disposition: { id: option.id, name: 'Sold' },
    });
    expect(page.nodes[1].dispositionedAt).toEqual(expect.any(String));
    expect(page.nodes[0]).toMatchObject({ campaign: null, phone: '5551234', contact: null, disposition: null });

    // The other agent sees its call only.
    const { myCalls: theirsPage } = ok(
      await myCalls(other, { from: new Date(earlier.getTime() - 1000).toISOString() }),
    );
    expect(theirsPage.nodes.map((call: any) => call.callId)).toEqual([theirs]);
  });

  it('pages with first and after, and keeps to the range', async () => {
    const me = await agent();
    const start = new Date(Date.now() - 30 * 60_000);
    const ids = [];
    for (let index = 0; index < 3; index += 1)
      ids.push(await loggedCall(me, new Date(start.getTime() + index * 60_000)));
    const from = start.toISOString();
    const one = ok(await myCalls(me, { from, first: 2 })).myCalls;
    expect(one.nodes.map((call: any) => call.callId)).toEqual([ids[2], ids[1]]);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = ok(await myCalls(me, { from, first: 2, after: one.pageInfo.endCursor })).myCalls;
    expect(two.nodes.map((call: any) => call.callId)).toEqual([ids[0]]);
    expect(two.pageInfo.hasNextPage).toBe(false);
    const ranged = ok(await myCalls(me, { from, to: new Date(start.getTime() + 30_000).toISOString() })).myCalls;
    expect(ranged.nodes.map((call: any) => call.callId)).toEqual([ids[0]]);
    // Today's calls by default.
    expect(ok(await myCalls(me)).myCalls.totalCount).toBeGreaterThanOrEqual(
      start.getUTCDate() === new Date().getUTCDate() ? 3 : 0,
    );

    const badCursor = failed(await myCalls(me, { after: 'not-a-cursor' }), 'BAD_USER_INPUT');
    expect(badCursor.extensions?.['details']).toMatchObject({ field: 'after' });
    const badRange = failed(await myCalls(me, { from, to: from }), 'BAD_USER_INPUT');
    expect(badRange.extensions?.['details']).toMatchObject({ field: 'to' });
  });

  it('leaves the number out when the campaign hides its phone column from agents', async () => {
    const me = await agent();
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database, agents: [me.user] });
    await orm.em
      .fork()
      .nativeUpdate(Campaign, { id: campaign.id }, { hiddenContactFields: [database.phoneColumns[0]!] });
    const at = new Date(Date.now() - 60_000);
    await loggedCall(me, at, { campaignId: campaign.id, phone: '5559999' });
    const { myCalls: page } = ok(await myCalls(me, { from: new Date(at.getTime() - 1000).toISOString() }));
    expect(page.nodes[0]).toMatchObject({ campaign: { id: campaign.id }, phone: null });
  });

  it('is for agents only', async () => {
    const manager = await loggedIn(orm, api.url, BuiltInRole.MANAGER);
    failed(await myCalls(manager.token), 'FORBIDDEN');
  });
});
