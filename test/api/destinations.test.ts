import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AudioFile, BuiltInRole, Campaign, CampaignState, CampaignType, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { loggedIn } from '../support/factories.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { createCampaign } from '../support/telephony-factory.js';

// The graph's rules and the inputs' checks, through GraphQL; calls through them are in
// test/telephony/inbound-destinations.test.ts.
let api: ApiServer;
let orm: Orm;
let admin: string;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  admin = (await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR)).token;
});

afterAll(async () => {
  await closeTestApi(api, orm);
});

const uniqueDid = () => `5559${randomInt(100_000, 999_999)}`;
const gql = (query: string, variables: Record<string, unknown>) => graphql(api.url, query, variables, admin);
const HANGUP = { type: 'HANGUP', id: null };

/** An audio row (the file itself matters only to Asterisk). */
async function audio(): Promise<string> {
  const id = randomUUID();
  await orm.em.fork().insert(AudioFile, {
    id,
    name: `prompt ${id}`,
    originalFileName: 'hello.wav',
    sizeBytes: 1,
    durationSeconds: 1,
  } as AudioFile);
  return id;
}

const CREATE_ROUTE = 'mutation ($input: CreateInboundRouteInput!) { createInboundRoute(input: $input) { id } }';
const CREATE_IVR = 'mutation ($input: CreateIvrInput!) { createIvr(input: $input) { id } }';
const UPDATE_IVR = 'mutation ($id: ID!, $input: UpdateIvrInput!) { updateIvr(id: $id, input: $input) { id } }';
const DELETE_IVR = 'mutation ($id: ID!) { deleteIvr(id: $id) }';
const CREATE_GROUP = 'mutation ($input: CreateTimeGroupInput!) { createTimeGroup(input: $input) { id } }';
const DELETE_GROUP = 'mutation ($id: ID!) { deleteTimeGroup(id: $id) }';
const CREATE_CONDITION =
  'mutation ($input: CreateTimeConditionInput!) { createTimeCondition(input: $input) { id timeGroup { id } } }';
const UPDATE_CONDITION =
  'mutation ($id: ID!, $input: UpdateTimeConditionInput!) { updateTimeCondition(id: $id, input: $input) { id } }';

async function ivr(input: Record<string, unknown>): Promise<string> {
  const created = ok(
    await gql(CREATE_IVR, {
      input: {
        name: `menu ${randomUUID()}`,
        mainAudioId: await audio(),
        timeoutDestination: HANGUP,
        invalidDestination: HANGUP,
        options: [],
        ...input,
      },
    }),
  );
  return (created.createIvr as { id: string }).id;
}

describe('destination graph rules through GraphQL', () => {
  it('refuses a destination that does not exist', async () => {
    const missing = { type: 'IVR', id: randomUUID() };
    const error = failed(
      await gql(CREATE_ROUTE, { input: { name: `r ${randomUUID()}`, did: uniqueDid(), destination: missing } }),
      'NOT_FOUND',
    );
    expect(error.extensions?.['reason']).toBe('DESTINATION_NOT_FOUND');
    failed(
      await gql(CREATE_ROUTE, {
        input: { name: `r ${randomUUID()}`, did: uniqueDid(), destination: { type: 'IVR', id: null } },
      }),
      'BAD_USER_INPUT',
    );
  });

  it('refuses to delete a node in use, and deletes it once nothing uses it', async () => {
    const ivrId = await ivr({});
    const outer = await ivr({ options: [{ digit: '5', destination: { type: 'IVR', id: ivrId } }] });
    const error = failed(await gql(DELETE_IVR, { id: ivrId }), 'CONFLICT');
    expect(error.extensions?.['reason']).toBe('DESTINATION_IN_USE');
    ok(await gql(UPDATE_IVR, { id: outer, input: { options: [] } }));
    ok(await gql(DELETE_IVR, { id: ivrId }));
  });

  it('refuses a cycle (IVR -> time condition -> the same IVR)', async () => {
    const ivrId = await ivr({});
    const group = ok(await gql(CREATE_GROUP, { input: { name: `g ${randomUUID()}`, rules: [] } })).createTimeGroup as {
      id: string;
    };
    const condition = ok(
      await gql(CREATE_CONDITION, {
        input: {
          name: `tc ${randomUUID()}`,
          timeGroupId: group.id,
          timeZone: 'UTC',
          matchDestination: { type: 'IVR', id: ivrId },
          otherwiseDestination: HANGUP,
        },
      }),
    ).createTimeCondition as { id: string };
    const error = failed(
      await gql(UPDATE_IVR, {
        id: ivrId,
        input: { options: [{ digit: '1', destination: { type: 'TIME_CONDITION', id: condition.id } }] },
      }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['reason']).toBe('DESTINATION_CYCLE');
    // A node sending calls to itself is the shortest loop.
    const self = failed(
      await gql(UPDATE_CONDITION, {
        id: condition.id,
        input: { otherwiseDestination: { type: 'TIME_CONDITION', id: condition.id } },
      }),
      'BAD_USER_INPUT',
    );
    expect(self.extensions?.['reason']).toBe('DESTINATION_CYCLE');
  });
});

describe('bad input', () => {
  const base = () => ({ name: `r ${randomUUID()}`, did: uniqueDid(), destination: HANGUP });

  it.each([
    ['a control character in the name', { name: 'evil\nname' }],
    ['a DID with letters', { did: '555ABC' }],
    ['a DID with a comma', { did: '5551,2' }],
    ['a caller prefix that is a pattern', { callerIdPrefix: '54X' }],
    ['a language without prompts', { language: 'xx' }],
  ])('refuses an inbound route with %s', async (_what, override) => {
    failed(await gql(CREATE_ROUTE, { input: { ...base(), ...override } }), 'BAD_USER_INPUT');
  });

  it('refuses IVR keys that are not 0-9, * or #, or used twice', async () => {
    const main = await audio();
    const input = (options: unknown[]) => ({
      name: `m ${randomUUID()}`,
      mainAudioId: main,
      timeoutDestination: HANGUP,
      invalidDestination: HANGUP,
      options,
    });
    failed(await gql(CREATE_IVR, { input: input([{ digit: 'A', destination: HANGUP }]) }), 'BAD_USER_INPUT');
    failed(await gql(CREATE_IVR, { input: input([{ digit: '1)', destination: HANGUP }]) }), 'BAD_USER_INPUT');
    failed(
      await gql(CREATE_IVR, {
        input: input([
          { digit: '1', destination: HANGUP },
          { digit: '1', destination: HANGUP },
        ]),
      }),
      'BAD_USER_INPUT',
    );
    failed(await gql(CREATE_IVR, { input: { ...input([]), mainAudioId: randomUUID() } }), 'NOT_FOUND');
  });

  it('refuses time rules that are half a range, and unknown time zones', async () => {
    failed(
      await gql(CREATE_GROUP, { input: { name: `g ${randomUUID()}`, rules: [{ startTime: '09:00' }] } }),
      'BAD_USER_INPUT',
    );
    failed(
      await gql(CREATE_GROUP, {
        input: { name: `g ${randomUUID()}`, rules: [{ startTime: '9am', endTime: '10:00' }] },
      }),
      'BAD_USER_INPUT',
    );
    const group = ok(await gql(CREATE_GROUP, { input: { name: `g ${randomUUID()}`, rules: [] } })).createTimeGroup as {
      id: string;
    };
    const input = {
      name: `tc ${randomUUID()}`,
      timeGroupId: group.id,
      matchDestination: HANGUP,
      otherwiseDestination: HANGUP,
    };
    failed(await gql(CREATE_CONDITION, { input: { ...input, timeZone: 'Mars/Olympus' } }), 'BAD_USER_INPUT');
    failed(await gql(CREATE_CONDITION, { input: { ...input, timeZone: 'UTC,1' } }), 'BAD_USER_INPUT');
  });
});

describe('nodes in use', () => {
  it('refuses to delete a campaign a route sends calls to, and a time group a condition uses', async () => {
    const campaign = await createCampaign(orm, { state: CampaignState.ACTIVE });
    await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { type: CampaignType.INBOUND });
    const did = uniqueDid();
    ok(
      await gql(CREATE_ROUTE, { input: { name: `r ${did}`, did, destination: { type: 'CAMPAIGN', id: campaign.id } } }),
    );
    const error = failed(await gql('mutation ($id: ID!) { deleteCampaign(id: $id) }', { id: campaign.id }), 'CONFLICT');
    expect(error.extensions?.['reason']).toBe('DESTINATION_IN_USE');

    const group = ok(await gql(CREATE_GROUP, { input: { name: `g ${randomUUID()}`, rules: [] } })).createTimeGroup as {
      id: string;
    };
    ok(
      await gql(CREATE_CONDITION, {
        input: {
          name: `tc ${randomUUID()}`,
          timeGroupId: group.id,
          timeZone: 'UTC',
          matchDestination: HANGUP,
          otherwiseDestination: HANGUP,
        },
      }),
    );
    failed(await gql(DELETE_GROUP, { id: group.id }), 'CONFLICT');
  });
});
