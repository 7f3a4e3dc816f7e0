import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, Campaign, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, ok, type GraphQLResult } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import { CREATE_CAMPAIGN, as, createCampaignAs } from '../support/campaign-fixtures.js';

/**
 * Free text that reaches AMI headers, the dialplan or a generated configuration file is
 * refused where it enters: one CR/LF is enough to add headers (`Application: System`) to an
 * Originate.
 */
let api: ApiServer;
let orm: Orm;
let supervisor: ReturnType<typeof as>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  supervisor = as(api.url, (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token);
});
afterAll(() => closeTestApi(api, orm));

const UPDATE = `mutation ($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id } }`;
const INJECTION = '1\r\nApplication: System\r\nData: touch /tmp/pwned';

function refusedNaming(result: GraphQLResult<unknown>, field: string): void {
  const error = failed(result, 'BAD_USER_INPUT');
  const problems = (error.extensions?.['details']?.problems ?? []) as Array<{ field: string }>;
  expect(
    problems.map((problem) => problem.field),
    error.message,
  ).toContain(field);
}

async function storedCampaign(id: string): Promise<Campaign> {
  return orm.em.fork().findOneOrFail(Campaign, { id });
}

describe('campaign fields that reach AMI', () => {
  it('refuses an outbound caller id carrying AMI headers, on update, and keeps the stored value', async () => {
    const { id } = await createCampaignAs(supervisor, { outboundCallerId: '"Sales" <5550100>' });
    refusedNaming(await supervisor(UPDATE, { id, input: { outboundCallerId: INJECTION } }), 'outboundCallerId');
    expect((await storedCampaign(id)).outboundCallerId).toBe('"Sales" <5550100>');
  });

  it('refuses it on create too', async () => {
    const input = { name: unique('campaign'), type: 'MANUAL', outboundCallerId: INJECTION };
    refusedNaming(await supervisor(CREATE_CAMPAIGN, { input }), 'outboundCallerId');
  });

  it.each([
    ['a name inside the quotes that closes them', '"Sales" <1>" <2>'],
    ['letters as the number', 'Sales <abc>'],
    ['a bare name', 'Sales'],
    ['a lone line feed', '5550100\n'],
  ])('refuses a caller id with %s', async (_, outboundCallerId) => {
    const { id } = await createCampaignAs(supervisor);
    refusedNaming(await supervisor(UPDATE, { id, input: { outboundCallerId } }), 'outboundCallerId');
  });

  it('accepts a number, or "Name" <number>', async () => {
    const { id } = await createCampaignAs(supervisor);
    for (const outboundCallerId of ['+15550100', '"Acme Sales" <+15550100>', '5550100'])
      ok(await supervisor(UPDATE, { id, input: { outboundCallerId } }));
  });

  it.each(['two\nlines', 'tab\there', 'nul\u0000', 'next line\u0085', 'separator\u2028'])(
    'refuses a campaign name with a control or line-breaking character (%j)',
    async (name) => {
      refusedNaming(await supervisor(CREATE_CAMPAIGN, { input: { name, type: 'MANUAL' } }), 'name');
      const { id } = await createCampaignAs(supervisor);
      refusedNaming(await supervisor(UPDATE, { id, input: { name } }), 'name');
    },
  );

  it('refuses a multi-line music-on-hold class', async () => {
    const { id } = await createCampaignAs(supervisor);
    refusedNaming(
      await supervisor(UPDATE, { id, input: { queue: { musicOnHold: 'default\n[x]' } } }),
      'queue.musicOnHold',
    );
  });
});

describe('names given as top-level arguments', () => {
  it('refuses a multi-line name for a campaign made from a template, or a template made from a campaign', async () => {
    const template = await createCampaignAs(supervisor, { isTemplate: true });
    const fromTemplate = await supervisor(
      'mutation ($id: ID!, $name: String!) { createCampaignFromTemplate(templateId: $id, name: $name) { id } }',
      { id: template.id, name: 'Sales\r\nEvent: x' },
    );
    expect(failed(fromTemplate, 'BAD_USER_INPUT').extensions?.['details']).toMatchObject({ field: 'name' });
    const campaign = await createCampaignAs(supervisor);
    const asTemplate = await supervisor(
      'mutation ($id: ID!, $name: String!) { saveCampaignAsTemplate(campaignId: $id, name: $name) { id } }',
      { id: campaign.id, name: 'Sales\u2028Two' },
    );
    expect(failed(asTemplate, 'BAD_USER_INPUT').extensions?.['details']).toMatchObject({ field: 'name' });
  });
});

describe('other names', () => {
  it('refuses a multi-line pause name', async () => {
    const result = await supervisor('mutation ($input: CreatePauseInput!) { createPause(input: $input) { id } }', {
      input: { name: 'Lunch\r\nEvent: x', type: 'RECREATIONAL' },
    });
    refusedNaming(result, 'name');
  });

  it('refuses control characters in trunk text other than line breaks', async () => {
    const admin = as(api.url, (await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR)).token);
    const result = await admin('mutation ($input: CreateTrunkInput!) { createTrunk(input: $input) { id } }', {
      input: {
        name: unique('trunk').replace(/[^A-Za-z0-9_-]/g, '_'),
        sipDetails: 'type = wizard\nremote_hosts = a\u0000\u000bb',
      },
    });
    refusedNaming(result, 'sipDetails');
  });
});
