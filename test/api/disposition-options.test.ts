import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { BuiltInRole, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, ok } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { addOption, as, createCampaignAs, createForm, recordDisposition } from '../support/campaign-fixtures.js';

let api: ApiServer;
let orm: Orm;
let manager: ReturnType<typeof as>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  manager = as(api.url, (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token);
});
afterAll(() => closeTestApi(api, orm));

const CREATE = `mutation ($input: CreateDispositionOptionInput!) { createDispositionOption(input: $input) { id name type hidden position form { id name } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateDispositionOptionInput!) { updateDispositionOption(id: $id, input: $input) { id name type hidden form { id } } }`;
const DELETE = 'mutation ($id: ID!) { deleteDispositionOption(id: $id) }';
const LIST = `query ($campaignId: ID) { dispositionOptions(filter: { campaignId: $campaignId }) { totalCount nodes { id name hidden } } }`;
const RULE = `mutation ($input: CreateRetryRuleInput!) { createRetryRule(input: $input) { id outcome retryAfterSeconds maxAttempts dispositionOption { id } campaign { id } } }`;
const UPDATE_RULE = `mutation ($id: ID!, $input: UpdateRetryRuleInput!) { updateRetryRule(id: $id, input: $input) { retryAfterSeconds maxAttempts } }`;
const RULES = `query ($id: ID!) { campaign(id: $id) { retryRules { id outcome dispositionOption { id } } } }`;

function field(result: Awaited<ReturnType<typeof manager>>) {
  const error = failed(result, 'BAD_USER_INPUT');
  const details = error.extensions?.['details'];
  return details.field ?? details.problems.map((problem: { field: string }) => problem.field).join(',');
}

describe('disposition options', () => {
  it('needs a form for ENGAGED options and refuses one for the others', async () => {
    const { id: campaignId } = await createCampaignAs(manager);
    const form = await createForm(orm);
    expect(field(await manager(CREATE, { input: { campaignId, name: 'Sale', type: 'ENGAGED' } }))).toBe('formId');
    for (const type of ['NO_ACTION', 'CALLBACK']) {
      expect(field(await manager(CREATE, { input: { campaignId, name: type, type, formId: form.id } }))).toBe('formId');
    }
    const missing = failed(
      await manager(CREATE, { input: { campaignId, name: 'Sale', type: 'ENGAGED', formId: randomUUID() } }),
      'NOT_FOUND',
    );
    expect(missing.extensions?.['details']?.field).toBe('formId');
    const sale = ok(await manager(CREATE, { input: { campaignId, name: 'Sale', type: 'ENGAGED', formId: form.id } }));
    expect(sale.createDispositionOption).toMatchObject({
      name: 'Sale',
      type: 'ENGAGED',
      hidden: false,
      position: 0,
      form: { id: form.id },
    });
    const later = ok(await manager(CREATE, { input: { campaignId, name: 'Call back', type: 'CALLBACK' } }));
    expect(later.createDispositionOption.position).toBe(1);
    const optionId = sale.createDispositionOption.id;
    expect(field(await manager(UPDATE, { id: optionId, input: { type: 'NO_ACTION' } }))).toBe('formId');
    const plain = ok(await manager(UPDATE, { id: optionId, input: { type: 'NO_ACTION', formId: null } }));
    expect(plain.updateDispositionOption).toMatchObject({ type: 'NO_ACTION', form: null });
  });

  it('keeps names unique within a campaign only', async () => {
    const first = await createCampaignAs(manager);
    const second = await createCampaignAs(manager);
    await addOption(manager, first.id, { name: 'Busy' });
    const duplicate = failed(
      await manager(CREATE, { input: { campaignId: first.id, name: 'Busy', type: 'NO_ACTION' } }),
      'CONFLICT',
    );
    expect(duplicate.extensions?.['reason']).toBe('CAMPAIGN_DISPOSITION_OPTION_NAME_TAKEN');
    await addOption(manager, second.id, { name: 'Busy' });
    const other = await addOption(manager, first.id, { name: 'Voicemail' });
    failed(await manager(UPDATE, { id: other.id, input: { name: 'Busy' } }), 'CONFLICT');
    expect(
      ok(await manager(UPDATE, { id: other.id, input: { name: 'Answering machine' } })).updateDispositionOption.name,
    ).toBe('Answering machine');
  });

  it('deletes an unused option, but only hides one that dispositions use', async () => {
    const { id: campaignId } = await createCampaignAs(manager);
    const unused = await addOption(manager, campaignId);
    ok(await manager(DELETE, { id: unused.id }));
    failed(await manager(DELETE, { id: unused.id }), 'NOT_FOUND');

    const used = await addOption(manager, campaignId, { name: 'Sold' });
    await recordDisposition(orm, campaignId, used.id);
    const refused = failed(await manager(DELETE, { id: used.id }), 'CONFLICT');
    expect(refused.extensions?.['reason']).toBe('CAMPAIGN_DISPOSITION_OPTION_IN_USE');
    expect(refused.message).toMatch(/hide it/);
    const changeType = failed(await manager(UPDATE, { id: used.id, input: { type: 'CALLBACK' } }), 'CONFLICT');
    expect(changeType.extensions?.['reason']).toBe('CAMPAIGN_DISPOSITION_OPTION_IN_USE');
    expect(
      ok(await manager(UPDATE, { id: used.id, input: { hidden: true, name: 'Sold (old)' } })).updateDispositionOption,
    ).toMatchObject({
      hidden: true,
      name: 'Sold (old)',
    });
    const listed = ok(await manager(LIST, { campaignId })).dispositionOptions.nodes;
    expect(listed).toEqual([{ id: used.id, name: 'Sold (old)', hidden: true }]);
  });

  it('hides hidden options from agents, everywhere', async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const { id: campaignId } = await createCampaignAs(manager);
    const offered = await addOption(manager, campaignId, { name: 'Offered' });
    await addOption(manager, campaignId, { name: 'Retired', hidden: true });
    ok(
      await manager(
        'mutation ($id: ID!, $agents: [CampaignAgentInput!]!) { setCampaignAgents(campaignId: $id, agents: $agents) { id } }',
        {
          id: campaignId,
          agents: [{ agentId: agent.user.agentProfile!.id }],
        },
      ),
    );
    const asAgent = as(api.url, agent.token);
    const nested = ok(
      await asAgent('query ($id: ID!) { campaign(id: $id) { dispositionOptions { name } } }', { id: campaignId }),
    );
    expect(nested.campaign.dispositionOptions).toEqual([{ name: 'Offered' }]);
    expect(ok(await asAgent(LIST, { campaignId })).dispositionOptions.nodes).toEqual([
      { id: offered.id, name: 'Offered', hidden: false },
    ]);
    const all = ok(
      await manager('query ($id: ID!) { campaign(id: $id) { dispositionOptions { name } } }', { id: campaignId }),
    );
    expect(all.campaign.dispositionOptions).toEqual([{ name: 'Offered' }, { name: 'Retired' }]);
    failed(await asAgent(CREATE, { input: { campaignId, name: 'Mine', type: 'NO_ACTION' } }), 'FORBIDDEN');
  });

  it('changes options only in campaigns the viewer manages', async () => {
    const { id: campaignId } = await createCampaignAs(manager);
    const option = await addOption(manager, campaignId);
    const outsider = as(api.url, (await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR)).token);
    const error = failed(await outsider(CREATE, { input: { campaignId, name: 'x', type: 'NO_ACTION' } }), 'NOT_FOUND');
    expect(error.extensions?.['details']?.field).toBe('campaignId');
    failed(await outsider(UPDATE, { id: option.id, input: { hidden: true } }), 'NOT_FOUND');
    failed(await outsider(DELETE, { id: option.id }), 'NOT_FOUND');
    expect(ok(await outsider(LIST, { campaignId })).dispositionOptions.totalCount).toBe(0);
    const basic = as(api.url, (await loggedIn(orm, api.url, BuiltInRole.BASIC_SUPERVISOR)).token);
    failed(await basic(CREATE, { input: { campaignId, name: 'x', type: 'NO_ACTION' } }), 'FORBIDDEN');
  });
});

describe('retry rules', () => {
  it('targets exactly one outcome or disposition option, within bounds', async () => {
    const { id: campaignId } = await createCampaignAs(manager);
    const option = await addOption(manager, campaignId);
    const base = { campaignId, retryAfterSeconds: 60, maxAttempts: 2 };
    expect(field(await manager(RULE, { input: base }))).toBe('outcome');
    expect(field(await manager(RULE, { input: { ...base, outcome: 'BUSY', dispositionOptionId: option.id } }))).toBe(
      'dispositionOptionId',
    );
    expect(field(await manager(RULE, { input: { ...base, outcome: 'BUSY', retryAfterSeconds: 0 } }))).toBe(
      'retryAfterSeconds',
    );
    expect(field(await manager(RULE, { input: { ...base, outcome: 'BUSY', retryAfterSeconds: 604_801 } }))).toBe(
      'retryAfterSeconds',
    );
    expect(field(await manager(RULE, { input: { ...base, outcome: 'BUSY', maxAttempts: 0 } }))).toBe('maxAttempts');
    expect(field(await manager(RULE, { input: { ...base, outcome: 'BUSY', maxAttempts: 101 } }))).toBe('maxAttempts');
    const busy = ok(
      await manager(RULE, { input: { ...base, outcome: 'BUSY', retryAfterSeconds: 604_800, maxAttempts: 100 } }),
    );
    expect(busy.createRetryRule).toMatchObject({
      outcome: 'BUSY',
      dispositionOption: null,
      campaign: { id: campaignId },
    });
    const byOption = ok(await manager(RULE, { input: { ...base, dispositionOptionId: option.id } }));
    expect(byOption.createRetryRule).toMatchObject({ outcome: null, dispositionOption: { id: option.id } });
    expect(field(await manager(UPDATE_RULE, { id: busy.createRetryRule.id, input: { maxAttempts: 101 } }))).toBe(
      'maxAttempts',
    );
    expect(
      ok(await manager(UPDATE_RULE, { id: busy.createRetryRule.id, input: { maxAttempts: 5 } })).updateRetryRule,
    ).toEqual({
      retryAfterSeconds: 604_800,
      maxAttempts: 5,
    });
  });

  it('allows one rule per outcome and per option in a campaign', async () => {
    const first = await createCampaignAs(manager);
    const second = await createCampaignAs(manager);
    const option = await addOption(manager, first.id);
    const rule = (campaignId: string, target: Record<string, unknown>) =>
      manager(RULE, { input: { campaignId, retryAfterSeconds: 30, maxAttempts: 1, ...target } });
    ok(await rule(first.id, { outcome: 'NO_ANSWER' }));
    const again = failed(await rule(first.id, { outcome: 'NO_ANSWER' }), 'CONFLICT');
    expect(again.extensions?.['reason']).toBe('CAMPAIGN_RETRY_RULE_EXISTS');
    ok(await rule(second.id, { outcome: 'NO_ANSWER' }));
    ok(await rule(first.id, { outcome: 'MACHINE' }));
    ok(await rule(first.id, { dispositionOptionId: option.id }));
    failed(await rule(first.id, { dispositionOptionId: option.id }), 'CONFLICT');
    expect(field(await rule(second.id, { dispositionOptionId: option.id }))).toBe('dispositionOptionId');
    const listed = ok(await manager(RULES, { id: first.id })).campaign.retryRules;
    expect(listed.map((item: { outcome: string | null }) => item.outcome)).toEqual(['NO_ANSWER', 'MACHINE', null]);
    const counted = ok(
      await manager('query ($id: ID) { retryRules(filter: { campaignId: $id }) { totalCount } }', { id: first.id }),
    );
    expect(counted.retryRules.totalCount).toBe(3);
  });

  it('goes with its disposition option when the option is deleted', async () => {
    const { id: campaignId } = await createCampaignAs(manager);
    const option = await addOption(manager, campaignId);
    ok(
      await manager(RULE, {
        input: { campaignId, dispositionOptionId: option.id, retryAfterSeconds: 30, maxAttempts: 1 },
      }),
    );
    ok(await manager(DELETE, { id: option.id }));
    expect(ok(await manager(RULES, { id: campaignId })).campaign.retryRules).toEqual([]);
  });
});
