import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, Campaign, CampaignState, ExternalSystem, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import { CREATE_CAMPAIGN, as } from '../support/campaign-fixtures.js';

let api: ApiServer;
let orm: Orm;
let manager: ReturnType<typeof as>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  manager = as(api.url, (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token);
});
afterAll(() => closeTestApi(api, orm));

const UPDATE = 'mutation ($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id } }';

async function system(): Promise<ExternalSystem> {
  const em = orm.em.fork();
  const created = Object.assign(new ExternalSystem(), { name: unique('crm') });
  await em.persist(created).flush();
  return created;
}

function create(externalSystemId: string, externalId: string) {
  return manager(CREATE_CAMPAIGN, { input: { name: unique('crm'), type: 'MANUAL', externalSystemId, externalId } });
}

describe("a campaign's external id", () => {
  it('names one live campaign per external system (CRMs resolve campaigns by it)', async () => {
    const [crm, other] = await Promise.all([system(), system()]);
    const first = ok(await create(crm.id, 'sales')).createCampaign;
    const taken = failed(await create(crm.id, 'sales'), 'CONFLICT');
    expect(taken.extensions?.['reason']).toBe('CAMPAIGN_EXTERNAL_ID_TAKEN');
    expect(taken.extensions?.['details']?.field).toBe('externalId');
    ok(await create(other.id, 'sales'));
    const second = ok(await create(crm.id, 'support')).createCampaign;
    failed(await manager(UPDATE, { id: second.id, input: { externalId: 'sales' } }), 'CONFLICT');
    // A deleted campaign frees its external id.
    await orm.em.fork().nativeUpdate(Campaign, { id: first.id }, { state: CampaignState.DELETED });
    ok(await manager(UPDATE, { id: second.id, input: { externalId: 'sales' } }));
  });

  it('is unique in the database too, whatever writes it', async () => {
    const crm = await system();
    ok(await create(crm.id, 'billing'));
    const em = orm.em.fork();
    const copy = Object.assign(new Campaign(), { name: unique('raw'), type: 'MANUAL', externalId: 'billing' });
    copy.externalSystem = em.getReference(ExternalSystem, crm.id);
    await expect(em.persist(copy).flush()).rejects.toThrow(/campaigns_external_id_unique/);
  });
});
