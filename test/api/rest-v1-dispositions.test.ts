import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contact, Disposition, DispositionOption, DispositionType, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { addContact, createOption } from '../support/contact-factory.js';
import { restClient, type RestReply } from '../support/rest-v1-client.js';
import { crmScenario } from '../support/rest-v1-scenario.js';

let api: ApiServer;
let orm: Orm;
let rest: ReturnType<typeof restClient>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  rest = restClient(api);
});
afterAll(() => closeTestApi(api, orm));

const NOT_FOUND = { detail: 'No encontrado.' };

function expectReply(reply: RestReply, status: number, body: unknown) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(reply.body).toEqual(body);
}

function dispositionsOf(campaignId: string) {
  return orm.em.fork().find(Disposition, { campaign: campaignId });
}

describe('GET /api/v1/campaign/{idc}/dispositionOptions/[{ids}/]', () => {
  it("lists the options an agent may use, by our campaign id or by the CRM's id and system", async () => {
    const world = await crmScenario(api, orm);
    const expected = [world.options.option, world.options.other].map((option) => ({
      id: option.id,
      name: option.name,
      hidden: false,
    }));
    for (const path of [
      `/campaign/${world.campaign.id}/dispositionOptions/`,
      `/campaign/${world.campaign.id}/dispositionOptions`,
      `/campaign/${world.externalId}/dispositionOptions/${world.system.id}/`,
    ]) {
      const reply = await rest('GET', path, { token: world.tokens.agent });
      expect(reply.status, `${path}: ${JSON.stringify(reply.body)}`).toBe(200);
      expect(reply.body).toEqual(expect.arrayContaining(expected));
      expect(reply.body).toHaveLength(2);
    }
  });

  it('answers 404 for unknown or malformed campaigns and systems and for a campaign outside the agent, 403 without a token', async () => {
    const world = await crmScenario(api, orm);
    for (const [path, token] of [
      [`/campaign/${randomUUID()}/dispositionOptions/`, world.tokens.agent],
      ['/campaign/42/dispositionOptions/', world.tokens.agent],
      [`/campaign/${world.externalId}/dispositionOptions/${randomUUID()}/`, world.tokens.agent],
      [`/campaign/${world.externalId}/dispositionOptions/7/`, world.tokens.agent],
      [`/campaign/nope/dispositionOptions/${world.system.id}/`, world.tokens.agent],
      [`/campaign/${world.campaign.id}/dispositionOptions/`, world.tokens.outsider],
    ] as const) {
      expectReply(await rest('GET', path, { token }), 404, NOT_FOUND);
    }
    const anonymous = await rest('GET', `/campaign/${world.campaign.id}/dispositionOptions/`);
    expect(anonymous.status).toBe(403);
  });
});

describe('POST /api/v1/disposition/', () => {
  it('dispositions a contact by our ids (JSON) and by its external id (form): 201, the option fixing the campaign', async () => {
    const world = await crmScenario(api, orm);
    const created = await rest('POST', '/disposition/', {
      token: world.tokens.agent,
      body: {
        idContact: world.contact.id,
        idDispositionOption: world.options.option.id,
        comments: 'Bought',
        callid: '961',
      },
    });
    expectReply(created, 201, {
      id: expect.any(String),
      idContact: world.contact.id,
      callid: '961',
      idDispositionOption: world.options.option.id,
      comments: 'Bought',
    });
    const second = await addContact(orm, world.database, { customer_id: `ext-${world.externalId}` });
    const external = await rest('POST', '/disposition', {
      token: world.tokens.agent,
      encoding: 'form',
      body: {
        idContact: `ext-${world.externalId}`,
        idExternalSystem: world.system.id,
        idDispositionOption: world.options.other.id,
      },
    });
    expectReply(external, 201, {
      id: expect.any(String),
      idContact: second.id,
      callid: null,
      idDispositionOption: world.options.other.id,
      comments: '',
    });
    const stored = await dispositionsOf(world.campaign.id);
    expect(stored.map((row) => [row.contact.id, row.option.id, row.agent?.id]).sort()).toEqual(
      [
        [world.contact.id, world.options.option.id, world.agent.user.id],
        [second.id, world.options.other.id, world.agent.user.id],
      ].sort(),
    );
  });

  it("refuses a second disposition of the contact in the campaign with OMniLeads' msg, changing nothing", async () => {
    const world = await crmScenario(api, orm);
    const body = { idContact: world.contact.id, idDispositionOption: world.options.option.id };
    expect((await rest('POST', '/disposition/', { token: world.tokens.agent, body })).status).toBe(201);
    const again = await rest('POST', '/disposition/', {
      token: world.tokens.agent,
      body: { ...body, idDispositionOption: world.options.other.id },
    });
    expectReply(again, 400, {
      status: 'ERROR',
      msg: 'There is another disposition for this contact on this campaign',
    });
    const [stored] = await dispositionsOf(world.campaign.id);
    expect([stored!.revision, stored!.option.id]).toEqual([1, world.options.option.id]);
  });

  it('answers flat 400s for unknown, hidden, missing and malformed ids, 403 without a token, and writes nothing', async () => {
    const world = await crmScenario(api, orm);
    const contactMissing = { status: 'ERROR', idContact: 'Contact id not found' };
    const optionMissing = { status: 'ERROR', idDispositionOption: 'Disposition option id not found' };
    const option = world.options.option.id;
    const cases: Array<[Record<string, unknown>, string, unknown]> = [
      [{ idContact: randomUUID(), idDispositionOption: option }, world.tokens.agent, contactMissing],
      [{ idContact: 'nobody', idExternalSystem: 1, idDispositionOption: option }, world.tokens.agent, contactMissing],
      [
        { idContact: world.contact.id, idDispositionOption: world.options.hidden.id },
        world.tokens.agent,
        optionMissing,
      ],
      [{ idContact: world.contact.id, idDispositionOption: randomUUID() }, world.tokens.agent, optionMissing],
      // An agent outside the campaign does not reach its options.
      [{ idContact: world.contact.id, idDispositionOption: option }, world.tokens.outsider, optionMissing],
      [
        { idContact: world.contact.id },
        world.tokens.agent,
        { status: 'ERROR', idDispositionOption: 'Este campo es requerido.' },
      ],
      [
        { idContact: 'abc', idDispositionOption: option },
        world.tokens.agent,
        { status: 'ERROR', idContact: 'must be a contact id' },
      ],
      [
        { idContact: world.contact.id, idDispositionOption: 12 },
        world.tokens.agent,
        { status: 'ERROR', idDispositionOption: 'must be a disposition option id' },
      ],
      [
        { idContact: world.contact.id, idDispositionOption: option, callid: 'x'.repeat(65) },
        world.tokens.agent,
        { status: 'ERROR', callid: expect.any(String) },
      ],
    ];
    for (const [body, token, expected] of cases) {
      expectReply(await rest('POST', '/disposition/', { token, body }), 400, expected);
    }
    const anonymous = await rest('POST', '/disposition/', { token: 'bad', body: cases[0]![0] });
    expectReply(anonymous, 403, { detail: 'Invalid Token' });
    expect(await dispositionsOf(world.campaign.id)).toHaveLength(0);
  });
});

describe('GET and PUT /api/v1/disposition/{id}/', () => {
  async function disposed() {
    const world = await crmScenario(api, orm);
    const reply = await rest('POST', '/disposition/', {
      token: world.tokens.agent,
      body: {
        idContact: world.contact.id,
        idDispositionOption: world.options.option.id,
        comments: 'first',
        callid: 'c1',
      },
    });
    return { world, id: reply.body.id as string };
  }

  it("lists and reads only the caller's own dispositions", async () => {
    const { world, id } = await disposed();
    const mine = {
      id,
      idContact: world.contact.id,
      callid: 'c1',
      idDispositionOption: world.options.option.id,
      comments: 'first',
    };
    expectReply(await rest('GET', '/disposition/', { token: world.tokens.agent }), 200, [mine]);
    expectReply(await rest('GET', `/disposition/${id}`, { token: world.tokens.agent }), 200, mine);
    expectReply(await rest('GET', '/disposition/', { token: world.tokens.outsider }), 200, []);
    expectReply(await rest('GET', `/disposition/${id}/`, { token: world.tokens.outsider }), 404, NOT_FOUND);
    expectReply(await rest('GET', `/disposition/${randomUUID()}/`, { token: world.tokens.agent }), 404, NOT_FOUND);
    expectReply(await rest('GET', '/disposition/42/', { token: world.tokens.agent }), 404, NOT_FOUND);
  });

  it('changes option, comments and callid (a new version); a since-hidden current option may stay', async () => {
    const { world, id } = await disposed();
    const changed = await rest('PUT', `/disposition/${id}/`, {
      token: world.tokens.agent,
      encoding: 'multipart',
      body: { idContact: world.contact.id, idDispositionOption: world.options.other.id, comments: 'second' },
    });
    expectReply(changed, 200, {
      id,
      idContact: world.contact.id,
      callid: null,
      idDispositionOption: world.options.other.id,
      comments: 'second',
    });
    await orm.em.fork().nativeUpdate(DispositionOption, { id: world.options.other.id }, { hidden: true });
    const kept = await rest('PUT', `/disposition/${id}`, {
      token: world.tokens.agent,
      body: { idContact: world.contact.id, idDispositionOption: world.options.other.id, comments: 'third' },
    });
    expect(kept.status, JSON.stringify(kept.body)).toBe(200);
    const [stored] = await dispositionsOf(world.campaign.id);
    expect([stored!.revision, stored!.comment]).toEqual([3, 'third']);
  });

  it('refuses a hidden new option, another contact, unknown and foreign ids, changing nothing', async () => {
    const { world, id } = await disposed();
    const other = await addContact(orm, world.database);
    const put = (body: Record<string, unknown>, token = world.tokens.agent, target = id) =>
      rest('PUT', `/disposition/${target}/`, { token, body });
    const base = { idContact: world.contact.id, idDispositionOption: world.options.option.id };
    expectReply(await put({ ...base, idDispositionOption: world.options.hidden.id }), 400, {
      status: 'ERROR',
      idDispositionOption: 'Disposition option id not found',
    });
    expectReply(await put({ ...base, idContact: other.id }), 400, {
      status: 'ERROR',
      idContact: 'a disposition stays with its contact',
    });
    expectReply(await put(base, world.tokens.outsider), 404, NOT_FOUND);
    expectReply(await put(base, world.tokens.agent, randomUUID()), 404, NOT_FOUND);
    expectReply(await put({ idContact: world.contact.id }), 400, {
      status: 'ERROR',
      idDispositionOption: 'Este campo es requerido.',
    });
    const [stored] = await dispositionsOf(world.campaign.id);
    expect([stored!.revision, stored!.comment, stored!.contact.id]).toEqual([1, 'first', world.contact.id]);
  });
});

describe('POST /api/v1/new_contact/disposition/', () => {
  it("creates the contact in the option's campaign and dispositions it: 201 with idContact", async () => {
    const world = await crmScenario(api, orm);
    const reply = await rest('POST', '/new_contact/disposition', {
      token: world.tokens.agent,
      encoding: 'form',
      body: {
        phone: '3514445566',
        idDispositionOption: world.options.option.id,
        idExternalContact: `new-${world.externalId}`,
        name: 'Ana',
        comments: 'walk-in',
        callid: '77',
      },
    });
    expectReply(reply, 201, {
      id: expect.any(String),
      idContact: expect.any(String),
      callid: '77',
      idDispositionOption: world.options.option.id,
      comments: 'walk-in',
    });
    const contact = await orm.em.fork().findOneOrFail(Contact, { id: reply.body.idContact });
    expect(contact.database.id).toBe(world.database.id);
    expect(contact.data).toMatchObject({ phone: '3514445566', name: 'Ana', customer_id: `new-${world.externalId}` });
    expect(contact.externalId).toBe(`new-${world.externalId}`);
    expect((await dispositionsOf(world.campaign.id)).map((row) => row.contact.id)).toEqual([contact.id]);
  });

  it('refuses bad contact data, a taken external id, a hidden option and a missing phone: no contact, no disposition', async () => {
    const world = await crmScenario(api, orm);
    const option = world.options.option.id;
    const callback = await createOption(orm, world.campaign, { type: DispositionType.CALLBACK });
    const cases: Array<[Record<string, unknown>, Record<string, unknown>]> = [
      [
        { phone: '3514440000', idDispositionOption: option, idExternalContact: world.contact.externalId },
        { status: 'ERROR', idExternalContact: 'There is another contact with this external id on this database' },
      ],
      [
        { phone: 'no phone', idDispositionOption: option },
        { status: 'ERROR', contacto: 'Contact data is invalid', errors: { phone: expect.any(String) } },
      ],
      [
        { phone: '3514440000', idDispositionOption: option, bogus: 'x' },
        { status: 'ERROR', contacto: 'Contact data is invalid', errors: { bogus: expect.any(String) } },
      ],
      [
        { phone: '3514440000', idDispositionOption: world.options.hidden.id },
        { status: 'ERROR', idDispositionOption: 'Disposition option id not found' },
      ],
      [{ idDispositionOption: option }, { status: 'ERROR', phone: 'Este campo es requerido.' }],
      // The contact is valid and created first; the disposition then fails: the contact goes too.
      [
        { phone: '3514440000', idDispositionOption: callback.id },
        { status: 'ERROR', callback: 'a CALLBACK option needs the callback to schedule' },
      ],
    ];
    for (const [body, expected] of cases) {
      expectReply(await rest('POST', '/new_contact/disposition/', { token: world.tokens.agent, body }), 400, expected);
    }
    expect(await orm.em.fork().count(Contact, { database: world.database.id })).toBe(1);
    expect(await dispositionsOf(world.campaign.id)).toHaveLength(0);
  });
});
