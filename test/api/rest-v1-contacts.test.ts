import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contact, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { COLUMNS } from '../support/contact-factory.js';
import { restClient } from '../support/rest-v1-client.js';
import { crmScenario } from '../support/rest-v1-scenario.js';

let api: ApiServer;
let orm: Orm;
let rest: ReturnType<typeof restClient>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  rest = restClient(api);
});
afterAll(() => closeTestApi(api, orm));

const DATA_ERRORS = 'Hubo errores en los datos recibidos';

function contactsIn(databaseId: string) {
  return orm.em.fork().count(Contact, { database: databaseId });
}

describe('POST /api/v1/campaign/database_metadata/', () => {
  it("answers the campaign's columns, main phone and external-id column, by our id or the CRM's", async () => {
    const world = await crmScenario(api, orm);
    const expected = { status: 'OK', main_phone: 'phone', external_id: 'customer_id', fields: COLUMNS };
    const byId = await rest('POST', '/campaign/database_metadata/', {
      token: world.tokens.agent,
      body: { idCampaign: world.campaign.id },
    });
    expect(byId.status, JSON.stringify(byId.body)).toBe(200);
    expect(byId.body).toEqual(expected);
    const external = await rest('POST', '/campaign/database_metadata', {
      token: world.tokens.supervisor,
      body: { idCampaign: world.externalId, idExternalSystem: world.system.id },
      encoding: 'form',
    });
    expect(external.status, JSON.stringify(external.body)).toBe(200);
    expect(external.body).toEqual(expected);
  });

  it('keeps the columns the campaign hides from its agents out of their answer', async () => {
    const world = await crmScenario(api, orm, { hidden: ['salary', 'customer_id'] });
    const reply = await rest('POST', '/campaign/database_metadata/', {
      token: world.tokens.agent,
      body: { idCampaign: world.campaign.id },
    });
    expect(reply.body).toEqual({
      status: 'OK',
      main_phone: 'phone',
      external_id: null,
      fields: COLUMNS.filter((column) => column !== 'salary' && column !== 'customer_id'),
    });
  });

  it("answers 400 {status, message, errors} keyed by the field at fault, as OMniLeads' messages", async () => {
    const world = await crmScenario(api, orm);
    const post = (body: Record<string, unknown>, token = world.tokens.agent) =>
      rest('POST', '/campaign/database_metadata/', { token, body });
    const cases: Array<[Record<string, unknown>, string, Record<string, string[]>]> = [
      // An agent outside the campaign does not learn that it exists (the platform's campaign scope).
      [{ idCampaign: world.campaign.id }, world.tokens.outsider, { idCampaign: ['Campaña inexistente.'] }],
      [{ idCampaign: randomUUID() }, world.tokens.agent, { idCampaign: ['Campaña inexistente.'] }],
      [{ idCampaign: 'abc' }, world.tokens.agent, { idCampaign: ['Debe indicar un idCampaign válido.'] }],
      [{ idCampaign: 42 }, world.tokens.agent, { idCampaign: ['Debe indicar un idCampaign válido.'] }],
      [{}, world.tokens.agent, { idCampaign: ['Este campo es requerido.'] }],
      [
        { idCampaign: world.externalId, idExternalSystem: randomUUID() },
        world.tokens.agent,
        { idExternalSystem: ['Sistema externo inexistente.'] },
      ],
      [
        { idCampaign: world.externalId, idExternalSystem: 7 },
        world.tokens.agent,
        { idExternalSystem: ['Sistema externo inexistente.'] },
      ],
      [
        { idCampaign: 'no-such', idExternalSystem: world.system.id },
        world.tokens.agent,
        { idCampaign: ['Campaña inexistente.'] },
      ],
    ];
    for (const [body, token, errors] of cases) {
      const reply = await post(body, token);
      expect(reply.status, JSON.stringify([body, reply.body])).toBe(400);
      expect(reply.body).toEqual({ status: 'ERROR', message: DATA_ERRORS, errors });
    }
  });

  it('answers 403 {detail} without a valid token', async () => {
    const world = await crmScenario(api, orm);
    const reply = await rest('POST', '/campaign/database_metadata/', {
      token: 'bad',
      body: { idCampaign: world.campaign.id },
    });
    expect(reply.status).toBe(403);
    expect(reply.body).toEqual({ detail: 'Invalid Token' });
  });
});

describe('POST /api/v1/new_contact/', () => {
  it('adds a contact (JSON, url-encoded or multipart) and answers every column, in English when asked', async () => {
    const world = await crmScenario(api, orm);
    for (const [index, encoding] of (['json', 'form', 'multipart'] as const).entries()) {
      const reply = await rest('POST', '/new_contact', {
        token: world.tokens.agent,
        encoding,
        headers: index === 0 ? { 'accept-language': 'en' } : {},
        body: {
          idCampaign: world.campaign.id,
          phone: `35122222${index}`,
          name: 'Juan',
          customer_id: `id-${index}-${world.externalId}`,
        },
      });
      expect(reply.status, `${encoding}: ${JSON.stringify(reply.body)}`).toBe(200);
      expect(reply.body).toEqual({
        status: 'OK',
        message: index === 0 ? 'Contact added' : 'Contacto agregado',
        id: expect.any(String),
        contacto: {
          phone: `35122222${index}`,
          mobile: null,
          name: 'Juan',
          surname: null,
          customer_id: `id-${index}-${world.externalId}`,
          salary: null,
        },
      });
      const stored = await orm.em.fork().findOneOrFail(Contact, { id: reply.body.id });
      expect(stored.database.id).toBe(world.database.id);
      expect(stored.externalId).toBe(`id-${index}-${world.externalId}`);
    }
  });

  it("adds to the campaign named by the CRM's ids", async () => {
    const world = await crmScenario(api, orm);
    const reply = await rest('POST', '/new_contact/', {
      token: world.tokens.supervisor,
      body: { idCampaign: world.externalId, idExternalSystem: world.system.id, phone: '3519990001' },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(await contactsIn(world.database.id)).toBe(2);
  });

  it('answers 400 naming the columns at fault and writes nothing', async () => {
    const world = await crmScenario(api, orm);
    const base = { idCampaign: world.campaign.id };
    const cases: Array<[Record<string, unknown>, string, string[]]> = [
      [{ ...base, name: 'No phone' }, world.tokens.agent, ['phone']],
      [{ ...base, phone: 'not a phone' }, world.tokens.agent, ['phone']],
      [{ ...base, phone: '3512220000', bogus: 'x' }, world.tokens.agent, ['bogus']],
      [{ ...base, phone: '3512220000', customer_id: world.contact.externalId }, world.tokens.agent, ['customer_id']],
      [{ ...base, phone: '3512220000' }, world.tokens.outsider, ['idCampaign']],
      [{ ...base, phone: { nested: true } }, world.tokens.agent, ['phone']],
    ];
    for (const [body, token, fields] of cases) {
      const reply = await rest('POST', '/new_contact/', { token, body });
      expect(reply.status, JSON.stringify([body, reply.body])).toBe(400);
      expect(reply.body).toMatchObject({ status: 'ERROR', message: DATA_ERRORS });
      expect(Object.keys(reply.body.errors)).toEqual(fields);
    }
    expect(await contactsIn(world.database.id)).toBe(1);
  });

  it('refuses a column the campaign hides from its agents as a field error', async () => {
    const world = await crmScenario(api, orm, { hidden: ['salary'] });
    const reply = await rest('POST', '/new_contact/', {
      token: world.tokens.agent,
      body: { idCampaign: world.campaign.id, phone: '3512220001', salary: '1' },
    });
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.body.errors)).toEqual(['salary']);
    expect(await contactsIn(world.database.id)).toBe(1);
  });
});
