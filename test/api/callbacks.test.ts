import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BuiltInRole,
  CampaignAgent,
  CampaignType,
  DispositionType,
  Permission,
  Role,
  User,
  builtInRolePermissions,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, ok } from '../support/graphql-client.js';
import { login, loggedIn, unique } from '../support/factories.js';
import {
  addContact,
  caller,
  createCampaign,
  createDatabase,
  createOption,
  inMinutes,
} from '../support/contact-factory.js';

let api: ApiServer;
let orm: Orm;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
});
afterAll(() => closeTestApi(api, orm));

const CALLBACK_FIELDS = 'id kind status phone scheduledAt note agent { username } campaign { id } contact { id data }';
const DISPOSE = `mutation ($input: DisposeContactInput!) { disposeContact(input: $input) { id } }`;
const CALLBACKS = `query ($filter: CallbackFilter) { callbacks(filter: $filter) { totalCount nodes { ${CALLBACK_FIELDS} } } }`;
const RESCHEDULE = `mutation ($id: ID!, $at: DateTime!, $note: String) {
  rescheduleCallback(id: $id, scheduledAt: $at, note: $note) { ${CALLBACK_FIELDS} } }`;
const CANCEL = `mutation ($id: ID!) { cancelCallback(id: $id) { id status } }`;
const DONE = `mutation ($id: ID!) { markCallbackDone(id: $id) { id status } }`;

/**
 * A DIALER campaign with two agents and a supervisor; each agent schedules a PERSONAL callback
 * and the first a GLOBAL one too. Another campaign has a callback of its own.
 */
async function setup() {
  const [first, second, outsider] = await Promise.all([
    loggedIn(orm, api.url, BuiltInRole.AGENT),
    loggedIn(orm, api.url, BuiltInRole.AGENT),
    loggedIn(orm, api.url, BuiltInRole.AGENT),
  ]);
  const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
  const database = await createDatabase(orm);
  const campaign = await createCampaign(orm, {
    type: CampaignType.DIALER,
    database,
    agents: [first.user, second.user],
    supervisors: [supervisor.user],
    hidden: ['salary'],
  });
  const option = await createOption(orm, campaign, { type: DispositionType.CALLBACK });
  const schedule = async (token: string, kind: string, minutes: number) => {
    const contact = await addContact(orm, database, { salary: '1000' });
    ok(
      await caller(api.url, token)(DISPOSE, {
        input: {
          campaignId: campaign.id,
          contactId: contact.id,
          optionId: option.id,
          callback: { kind, scheduledAt: inMinutes(minutes), note: `${kind} in ${minutes}` },
        },
      }),
    );
    return contact;
  };
  await schedule(first.token, 'PERSONAL', 60);
  await schedule(first.token, 'GLOBAL', 120);
  await schedule(second.token, 'PERSONAL', 30);
  const elsewhere = await createCampaign(orm, { type: CampaignType.DIALER, database, agents: [outsider.user] });
  const elsewhereOption = await createOption(orm, elsewhere, { type: DispositionType.CALLBACK });
  ok(
    await caller(api.url, outsider.token)(DISPOSE, {
      input: {
        campaignId: elsewhere.id,
        contactId: (await addContact(orm, database)).id,
        optionId: elsewhereOption.id,
        callback: { kind: 'GLOBAL', scheduledAt: inMinutes(10) },
      },
    }),
  );
  return {
    campaign,
    first: { ...first, run: caller(api.url, first.token) },
    second: { ...second, run: caller(api.url, second.token) },
    supervisor: { ...supervisor, run: caller(api.url, supervisor.token) },
  };
}

describe('listing callbacks', () => {
  it("shows agents their own PERSONAL callbacks and their campaigns' GLOBAL ones, by time", async () => {
    const { first, second } = await setup();
    const mine = ok(await first.run(CALLBACKS)).callbacks.nodes;
    expect(mine.map((node: any) => [node.kind, node.note])).toEqual([
      ['PERSONAL', 'PERSONAL in 60'],
      ['GLOBAL', 'GLOBAL in 120'],
    ]);
    expect(mine[0].agent.username).toBe(first.username);
    expect(mine[1].agent).toBeNull();
    const theirs = ok(await second.run(CALLBACKS)).callbacks.nodes;
    expect(theirs.map((node: any) => node.note)).toEqual(['PERSONAL in 30', 'GLOBAL in 120']);
  });

  it('shows supervisors every callback of their campaigns, and hides contact fields from agents', async () => {
    const { campaign, first, supervisor } = await setup();
    const all = ok(await supervisor.run(CALLBACKS)).callbacks;
    expect(all.totalCount).toBe(3);
    expect(all.nodes.every((node: any) => node.campaign.id === campaign.id)).toBe(true);
    expect(all.nodes[0].contact.data).toHaveProperty('salary', '1000');
    const [seen] = ok(await first.run(CALLBACKS)).callbacks.nodes;
    expect(seen.contact.data).not.toHaveProperty('salary');
  });

  it('filters by kind, status, agent and time', async () => {
    const { first, supervisor, campaign } = await setup();
    const count = async (filter: Record<string, unknown>) =>
      ok(await supervisor.run(CALLBACKS, { filter: { campaignId: campaign.id, ...filter } })).callbacks.totalCount;
    expect(await count({ kind: 'GLOBAL' })).toBe(1);
    expect(await count({ kind: 'PERSONAL', agentId: first.user.id })).toBe(1);
    expect(await count({ from: inMinutes(45), to: inMinutes(90) })).toBe(1);
    expect(await count({ from: inMinutes(45) })).toBe(2);
    expect(await count({ status: 'PENDING' })).toBe(3);
    expect(await count({ status: 'DONE' })).toBe(0);
  });
});

describe('changing callbacks', () => {
  it('lets agents reschedule, cancel and complete their own PERSONAL callbacks', async () => {
    const { first } = await setup();
    const [personal] = ok(await first.run(CALLBACKS, { filter: { kind: 'PERSONAL' } })).callbacks.nodes;
    const later = inMinutes(24 * 60);
    const moved = ok(await first.run(RESCHEDULE, { id: personal.id, at: later, note: 'tomorrow' })).rescheduleCallback;
    expect(moved).toMatchObject({ scheduledAt: later, note: 'tomorrow', status: 'PENDING' });
    const past = failed(await first.run(RESCHEDULE, { id: personal.id, at: inMinutes(-1) }), 'BAD_USER_INPUT');
    expect(past.extensions?.['details']).toMatchObject({ field: 'scheduledAt' });
    expect(ok(await first.run(DONE, { id: personal.id })).markCallbackDone.status).toBe('DONE');
    const again = failed(await first.run(CANCEL, { id: personal.id }), 'CONFLICT');
    expect(again.extensions?.['reason']).toBe('CALLBACK_NOT_PENDING');
    expect(ok(await first.run(CALLBACKS, { filter: { status: 'DONE' } })).callbacks.totalCount).toBe(1);
  });

  it("keeps agents off other people's callbacks; supervisors with CALLBACKS_MANAGE change any in their campaigns", async () => {
    const { first, second, supervisor } = await setup();
    const [global] = ok(await first.run(CALLBACKS, { filter: { kind: 'GLOBAL' } })).callbacks.nodes;
    const [othersPersonal] = ok(await second.run(CALLBACKS, { filter: { kind: 'PERSONAL' } })).callbacks.nodes;
    const forbidden = failed(await first.run(CANCEL, { id: global.id }), 'FORBIDDEN');
    expect(forbidden.extensions?.['reason']).toBe('CALLBACK_NOT_YOURS');
    failed(await first.run(CANCEL, { id: othersPersonal.id }), 'NOT_FOUND');
    expect(ok(await supervisor.run(CANCEL, { id: othersPersonal.id })).cancelCallback.status).toBe('CANCELLED');
    const outsider = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    failed(await caller(api.url, outsider.token)(CANCEL, { id: global.id }), 'NOT_FOUND');
  });

  it('completes a callback once when two people race to', async () => {
    const { first, supervisor } = await setup();
    const [personal] = ok(await first.run(CALLBACKS, { filter: { kind: 'PERSONAL' } })).callbacks.nodes;
    const results = await Promise.all([
      first.run(DONE, { id: personal.id }),
      supervisor.run(CANCEL, { id: personal.id }),
    ]);
    const succeeded = results.filter((result) => !result.errors);
    expect(succeeded).toHaveLength(1);
    const loser = results.find((result) => result.errors)!;
    expect(loser.errors![0]!.extensions?.['code']).toBe('CONFLICT');
  });
});

describe('callbacks and later dispositions', () => {
  it("cancels a contact's pending callbacks when the contact is dispositioned again", async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const run = caller(api.url, agent.token);
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { type: CampaignType.DIALER, database, agents: [agent.user] });
    const callLater = await createOption(orm, campaign, { type: DispositionType.CALLBACK });
    const notInterested = await createOption(orm, campaign);
    const [contact, other] = [await addContact(orm, database), await addContact(orm, database)];
    const dispose = async (contactId: string, optionId: string, minutes?: number) =>
      ok(
        await run(DISPOSE, {
          input: {
            campaignId: campaign.id,
            contactId,
            optionId,
            ...(minutes ? { callback: { kind: 'GLOBAL', scheduledAt: inMinutes(minutes) } } : {}),
          },
        }),
      );
    const statuses = async (contactId: string) =>
      ok(await run(CALLBACKS, { filter: { campaignId: campaign.id } }))
        .callbacks.nodes.filter((node: { contact: { id: string } }) => node.contact.id === contactId)
        .map((node: { status: string; scheduledAt: string }) => node.status)
        .sort();

    await dispose(contact.id, callLater.id, 60);
    await dispose(other.id, callLater.id, 60);
    // Called back and now not interested: tomorrow's call is off; the other contact's stays.
    await dispose(contact.id, notInterested.id);
    expect(await statuses(contact.id)).toEqual(['CANCELLED']);
    expect(await statuses(other.id)).toEqual(['PENDING']);
    // A new time replaces the old one rather than adding a second call.
    await dispose(other.id, callLater.id, 120);
    expect(await statuses(other.id)).toEqual(['CANCELLED', 'PENDING']);
  });

  it("hides the number from agents when the campaign hides the contacts' main phone", async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, {
      type: CampaignType.DIALER,
      database,
      agents: [agent.user],
      supervisors: [supervisor.user],
      hidden: ['phone'],
    });
    const option = await createOption(orm, campaign, { type: DispositionType.CALLBACK });
    const contact = await addContact(orm, database);
    ok(
      await caller(api.url, agent.token)(DISPOSE, {
        input: {
          campaignId: campaign.id,
          contactId: contact.id,
          optionId: option.id,
          callback: { kind: 'PERSONAL', scheduledAt: inMinutes(30) },
        },
      }),
    );
    const phones = async (token: string) =>
      ok(await caller(api.url, token)(CALLBACKS, { filter: { campaignId: campaign.id } })).callbacks.nodes.map(
        (node: { phone: string | null }) => node.phone,
      );
    expect(await phones(agent.token)).toEqual([null]);
    expect(await phones(supervisor.token)).toEqual([contact.phone]);
  });
});

describe('the users a callback names', () => {
  const DETAILS = `query { callbacks(filter: { kind: PERSONAL }) { nodes { note agent {
    username email active lockedAt failedLoginAttempts lastLoginAt role { name } agentProfile { id } } } } }`;
  const byNote = (data: any) => Object.fromEntries(data.callbacks.nodes.map((node: any) => [node.note, node.agent]));

  it('show their details to themselves and to supervisors who reach them, only the name to other agents', async () => {
    const { campaign, first, second, supervisor } = await setup();
    const em = orm.em.fork();
    // An agent who also manages callbacks (a custom role) sees its colleagues' callbacks.
    const lead = await em.findOneOrFail(User, { id: second.user.id });
    lead.role = em.create(Role, {
      name: unique('lead agent'),
      permissions: [...builtInRolePermissions[BuiltInRole.AGENT], Permission.CALLBACKS_MANAGE],
    } as Role);
    lead.email = 'lead@example.com';
    await em.flush();
    const asLead = caller(api.url, await login(api.url, second.username));

    const seenByLead = byNote(ok(await asLead(DETAILS)));
    expect(seenByLead['PERSONAL in 60']).toEqual({
      username: first.username,
      email: null,
      active: null,
      lockedAt: null,
      failedLoginAttempts: null,
      lastLoginAt: null,
      role: null,
      agentProfile: null,
    });
    expect(seenByLead['PERSONAL in 30']).toMatchObject({ email: 'lead@example.com', active: true });
    const seenByFirst = byNote(ok(await first.run(DETAILS)));
    expect(seenByFirst['PERSONAL in 60']).toMatchObject({ active: true, role: { name: 'Agent' } });
    expect(byNote(ok(await supervisor.run(DETAILS)))['PERSONAL in 60']).toMatchObject({
      active: true,
      role: { name: 'Agent' },
    });
    // Out of the supervisor's campaigns, out of its reach: the callback stays, the details go.
    await orm.em.fork().nativeDelete(CampaignAgent, { campaign: campaign.id, agent: first.user.agentProfile!.id });
    expect(byNote(ok(await supervisor.run(DETAILS)))['PERSONAL in 60']).toMatchObject({ email: null, role: null });
  });
});
