import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { Callback, Disposition, DispositionChange, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi, testEnvironment } from '../support/api-harness.js';
import { failed, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import {
  addContact,
  createCampaign,
  createOption,
  dispositionScenario,
  inMinutes,
} from '../support/contact-factory.js';

let api: ApiServer;
let orm: Orm;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
});
afterAll(() => closeTestApi(api, orm));

const DISPOSITION_FIELDS = `id revision answers comment callId option { id name } agent { username }
  campaign { id } contact { id phone data }`;
const DISPOSE = `mutation ($input: DisposeContactInput!) { disposeContact(input: $input) { ${DISPOSITION_FIELDS} } }`;
const DISPOSITION = `query ($id: ID!) { disposition(id: $id) {
  ${DISPOSITION_FIELDS} history { revision option { name } answers comment callId agent { username } } } }`;
const CONTACT_DISPOSITION = `query ($campaign: ID!, $contact: ID!) {
  contactDisposition(campaignId: $campaign, contactId: $contact) { id revision option { name } } }`;
const DISPOSITIONS = `query ($filter: DispositionFilter) { dispositions(filter: $filter) { totalCount nodes { id } } }`;

function setup(options: { hidden?: string[] } = {}) {
  return dispositionScenario(orm, api.url, options);
}

const GOOD_ANSWERS = { visit_date: '2024-02-29', satisfaction: 'Satisfied', quantity: '3', comments: 'fine' };

async function rowsOf(dispositionId: string) {
  const em = orm.em.fork();
  return {
    dispositions: await em.count(Disposition, { id: dispositionId }),
    history: await em.find(DispositionChange, { disposition: dispositionId }, { orderBy: { revision: 'asc' } }),
  };
}

describe('one disposition per contact per campaign', () => {
  it('creates it, changes it, changes it again: one disposition, three versions in order', async () => {
    const { campaign, contact, options, asAgent, agent } = await setup();
    const base = { campaignId: campaign.id, contactId: contact.id };
    const first = ok(await asAgent(DISPOSE, { input: { ...base, optionId: options.noAction.id, comment: 'first' } }));
    const second = ok(
      await asAgent(DISPOSE, {
        input: { ...base, optionId: options.engaged.id, answers: GOOD_ANSWERS, comment: 'second', callId: 'call-2' },
      }),
    );
    const third = ok(await asAgent(DISPOSE, { input: { ...base, optionId: options.noAction.id, comment: 'third' } }));
    expect(new Set([first, second, third].map((data) => data.disposeContact.id)).size).toBe(1);
    expect([first, second, third].map((data) => data.disposeContact.revision)).toEqual([1, 2, 3]);
    expect(second.disposeContact).toMatchObject({
      answers: { visit_date: '2024-02-29', satisfaction: 'Satisfied', quantity: 3, comments: 'fine' },
      callId: 'call-2',
      agent: { username: agent.username },
    });

    const read = ok(await asAgent(DISPOSITION, { id: first.disposeContact.id })).disposition;
    expect(read).toMatchObject({
      revision: 3,
      comment: 'third',
      answers: {},
      callId: null,
      option: { name: 'Busy later' },
    });
    expect(read.history.map((change: any) => [change.revision, change.option.name, change.comment])).toEqual([
      [1, 'Busy later', 'first'],
      [2, 'Survey', 'second'],
      [3, 'Busy later', 'third'],
    ]);
    expect(read.history[1]).toMatchObject({ callId: 'call-2', answers: { quantity: 3 } });
    const { dispositions, history } = await rowsOf(first.disposeContact.id);
    expect(dispositions).toBe(1);
    expect(history).toHaveLength(3);
    const current = ok(await asAgent(CONTACT_DISPOSITION, { campaign: campaign.id, contact: contact.id }));
    expect(current.contactDisposition).toMatchObject({ id: first.disposeContact.id, revision: 3 });
  });

  it('turns simultaneous dispositions into versions of one disposition', async () => {
    const { campaign, contact, options, asAgent } = await setup();
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        asAgent(DISPOSE, {
          input: {
            campaignId: campaign.id,
            contactId: contact.id,
            optionId: options.noAction.id,
            comment: `c${index}`,
          },
        }),
      ),
    );
    const ids = new Set(results.map((result) => ok(result).disposeContact.id));
    expect(ids.size).toBe(1);
    expect(results.map((result) => ok(result).disposeContact.revision).sort()).toEqual([1, 2, 3, 4, 5]);
    const { dispositions, history } = await rowsOf([...ids][0]!);
    expect(dispositions).toBe(1);
    expect(history.map((change) => change.revision)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(history.map((change) => change.comment)).size).toBe(5);
  });

  it('answers null before the first disposition', async () => {
    const { campaign, contact, asAgent } = await setup();
    const data = ok(await asAgent(CONTACT_DISPOSITION, { campaign: campaign.id, contact: contact.id }));
    expect(data.contactDisposition).toBeNull();
  });

  it('publishes disposition.recorded after commit with the revision', async () => {
    const { campaign, contact, options, asAgent, agent } = await setup();
    const environment = testEnvironment();
    const listener = new Redis(environment.REDIS_URL!);
    const received: any[] = [];
    listener.on('message', (_channel, message: string) => received.push(JSON.parse(message)));
    await listener.subscribe(`${environment.REDIS_PREFIX}events:disposition.recorded`);
    try {
      const input = { campaignId: campaign.id, contactId: contact.id, optionId: options.noAction.id };
      const { id } = ok(await asAgent(DISPOSE, { input })).disposeContact;
      ok(await asAgent(DISPOSE, { input }));
      const mine = () => received.filter((event) => event.data.dispositionId === id);
      await pollUntil(mine, (events) => events.length === 2, { what: 'two disposition.recorded events' });
      expect(
        mine()
          .map((event) => event.data.revision)
          .sort(),
      ).toEqual([1, 2]);
      expect(mine()[0]).toMatchObject({
        topic: 'disposition.recorded',
        data: { campaignId: campaign.id, contactId: contact.id, optionId: options.noAction.id, agentId: agent.user.id },
      });
      expect(mine()[0].id).not.toBe(mine()[1].id);
    } finally {
      listener.disconnect();
    }
  });
});

describe('form answers', () => {
  it('accepts answers of every type and drops empty optional ones', async () => {
    const { campaign, contact, options, asAgent } = await setup();
    const data = ok(
      await asAgent(DISPOSE, {
        input: {
          campaignId: campaign.id,
          contactId: contact.id,
          optionId: options.engaged.id,
          answers: { ...GOOD_ANSWERS, quantity: 2.5, details: 'x'.repeat(1_000), comments: '' },
        },
      }),
    );
    expect(data.disposeContact.answers).toEqual({
      visit_date: '2024-02-29',
      satisfaction: 'Satisfied',
      quantity: 2.5,
      details: 'x'.repeat(1_000),
    });
  });

  it('lists every problem in one error: types, required fields, unknown keys', async () => {
    const { campaign, contact, options, asAgent } = await setup();
    const error = failed(
      await asAgent(DISPOSE, {
        input: {
          campaignId: campaign.id,
          contactId: contact.id,
          optionId: options.engaged.id,
          answers: { comments: 'x'.repeat(256), visit_date: '2023-02-29', quantity: 'three', unknown_key: 1 },
        },
      }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['reason']).toBe('FORM_INVALID_ANSWERS');
    const problems = Object.fromEntries(
      error.extensions?.['details']?.problems.map((problem: any) => [problem.field, problem.message]),
    );
    expect(Object.keys(problems).sort()).toEqual([
      'answers.comments',
      'answers.quantity',
      'answers.satisfaction',
      'answers.unknown_key',
      'answers.visit_date',
    ]);
    expect(problems['answers.satisfaction']).toBe('is required');
    expect(problems['answers.quantity']).toBe('must be a number');
    expect(problems['answers.visit_date']).toMatch(/YYYY-MM-DD/);
  });

  it('refuses a value outside a LIST and a date that is not ISO', async () => {
    const { campaign, contact, options, asAgent } = await setup();
    const error = failed(
      await asAgent(DISPOSE, {
        input: {
          campaignId: campaign.id,
          contactId: contact.id,
          optionId: options.engaged.id,
          answers: { satisfaction: 'Thrilled', visit_date: '29/02/2024' },
        },
      }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['details']?.problems.map((problem: any) => problem.field)).toEqual([
      'answers.visit_date',
      'answers.satisfaction',
    ]);
  });

  it('refuses answers on options that are not ENGAGED', async () => {
    const { campaign, contact, options, asAgent } = await setup();
    const error = failed(
      await asAgent(DISPOSE, {
        input: { campaignId: campaign.id, contactId: contact.id, optionId: options.noAction.id, answers: { a: 1 } },
      }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['details']).toMatchObject({ field: 'answers' });
  });
});

describe('disposition rules', () => {
  it('refuses options of another campaign, hidden options and contacts of another database', async () => {
    const { campaign, contact, options, asAgent, database } = await setup();
    const other = await setup();
    const hidden = await createOption(orm, campaign, { hidden: true });
    const base = { campaignId: campaign.id, contactId: contact.id };
    const foreign = failed(
      await asAgent(DISPOSE, { input: { ...base, optionId: other.options.noAction.id } }),
      'BAD_USER_INPUT',
    );
    expect(foreign.extensions?.['details']).toMatchObject({ field: 'optionId' });
    const hiddenError = failed(await asAgent(DISPOSE, { input: { ...base, optionId: hidden.id } }), 'BAD_USER_INPUT');
    expect(hiddenError.extensions?.['reason']).toBe('DISPOSITION_OPTION_HIDDEN');
    const stranger = failed(
      await asAgent(DISPOSE, { input: { ...base, contactId: other.contact.id, optionId: options.noAction.id } }),
      'BAD_USER_INPUT',
    );
    expect(stranger.extensions?.['details']).toMatchObject({ field: 'contactId' });
    expect(database.id).not.toBe(other.database.id);
  });

  it('lets agents disposition only in campaigns they are assigned to', async () => {
    const mine = await setup();
    const theirs = await setup();
    const input = {
      campaignId: theirs.campaign.id,
      contactId: theirs.contact.id,
      optionId: theirs.options.noAction.id,
    };
    failed(await mine.asAgent(DISPOSE, { input }), 'NOT_FOUND');
    // Supervisors do not hold DISPOSITIONS_WRITE.
    failed(await theirs.asSupervisor(DISPOSE, { input }), 'FORBIDDEN');
    const { id } = ok(await theirs.asAgent(DISPOSE, { input })).disposeContact;
    failed(await mine.asAgent(DISPOSITION, { id }), 'NOT_FOUND');
    failed(
      await mine.asAgent(CONTACT_DISPOSITION, { campaign: theirs.campaign.id, contact: theirs.contact.id }),
      'NOT_FOUND',
    );
    const listed = ok(await mine.asAgent(DISPOSITIONS, { filter: { campaignId: theirs.campaign.id } })).dispositions;
    expect(listed.totalCount).toBe(0);
    const supervised = ok(await theirs.asSupervisor(DISPOSITIONS, { filter: { campaignId: theirs.campaign.id } }));
    expect(supervised.dispositions.nodes.map((node: any) => node.id)).toEqual([id]);
  });

  it('filters dispositions by option, contact and agent', async () => {
    const { campaign, contact, database, options, asAgent, asSupervisor, agent } = await setup();
    const second = await addContact(orm, database);
    const base = { campaignId: campaign.id };
    ok(await asAgent(DISPOSE, { input: { ...base, contactId: contact.id, optionId: options.noAction.id } }));
    ok(
      await asAgent(DISPOSE, {
        input: { ...base, contactId: second.id, optionId: options.engaged.id, answers: GOOD_ANSWERS },
      }),
    );
    const count = async (filter: Record<string, unknown>) =>
      ok(await asSupervisor(DISPOSITIONS, { filter: { campaignId: campaign.id, ...filter } })).dispositions.totalCount;
    expect(await count({})).toBe(2);
    expect(await count({ optionId: options.engaged.id })).toBe(1);
    expect(await count({ contactId: contact.id })).toBe(1);
    expect(await count({ agentId: agent.user.id })).toBe(2);
    expect(await count({ agentId: campaign.id })).toBe(0);
  });
});

describe('hidden contact fields through dispositions', () => {
  it('never hands hidden fields to agents through a disposition, and does to supervisors', async () => {
    const { campaign, contact, database, options, agent, asAgent, asSupervisor } = await setup({ hidden: ['salary'] });
    // Another campaign of the agent on the same database hides another field: the disposition
    // does not say which campaign's view applies to the contact, so both are hidden.
    await createCampaign(orm, { database, agents: [agent.user], hidden: ['customer_id'] });
    const input = { campaignId: campaign.id, contactId: contact.id, optionId: options.noAction.id };
    const disposed = ok(await asAgent(DISPOSE, { input })).disposeContact;
    for (const seen of [disposed.contact, ok(await asAgent(DISPOSITION, { id: disposed.id })).disposition.contact]) {
      expect(seen.data).not.toHaveProperty('salary');
      expect(seen.data).not.toHaveProperty('customer_id');
      expect(seen.data).toMatchObject({ name: 'Terence' });
    }
    const full = ok(await asSupervisor(DISPOSITION, { id: disposed.id })).disposition.contact;
    expect(full.data).toMatchObject({ salary: '90000', customer_id: 'C-77' });
  });
});

describe('CALLBACK dispositions', () => {
  it('schedule a PERSONAL callback owned by the agent', async () => {
    const { campaign, contact, options, agent, asAgent } = await setup();
    const scheduledAt = inMinutes(60);
    const { id } = ok(
      await asAgent(DISPOSE, {
        input: {
          campaignId: campaign.id,
          contactId: contact.id,
          optionId: options.callback.id,
          callback: { scheduledAt, kind: 'PERSONAL', note: 'after work' },
        },
      }),
    ).disposeContact;
    const callbacks = await orm.em.fork().find(Callback, { contact: contact.id }, { populate: ['agent'] });
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]).toMatchObject({
      kind: 'PERSONAL',
      status: 'PENDING',
      phone: contact.phone,
      note: 'after work',
    });
    expect(callbacks[0]!.agent!.id).toBe(agent.user.id);
    expect(callbacks[0]!.scheduledAt.toISOString()).toBe(scheduledAt);
    expect(id).toBeDefined();
  });

  it('require a callback, and refuse one on other options', async () => {
    const { campaign, contact, options, asAgent } = await setup();
    const base = { campaignId: campaign.id, contactId: contact.id };
    const missing = failed(
      await asAgent(DISPOSE, { input: { ...base, optionId: options.callback.id } }),
      'BAD_USER_INPUT',
    );
    expect(missing.extensions?.['details']).toMatchObject({ field: 'callback' });
    const extra = failed(
      await asAgent(DISPOSE, {
        input: { ...base, optionId: options.noAction.id, callback: { scheduledAt: inMinutes(5), kind: 'PERSONAL' } },
      }),
      'BAD_USER_INPUT',
    );
    expect(extra.extensions?.['reason']).toBe('DISPOSITION_CALLBACK_NOT_ALLOWED');
  });

  it('write nothing when the callback is refused: no disposition, no version, no callback', async () => {
    const { campaign, contact, options, asAgent } = await setup();
    const base = { campaignId: campaign.id, contactId: contact.id };
    const past = failed(
      await asAgent(DISPOSE, {
        input: { ...base, optionId: options.callback.id, callback: { scheduledAt: inMinutes(-5), kind: 'PERSONAL' } },
      }),
      'BAD_USER_INPUT',
    );
    expect(past.extensions?.['details']).toMatchObject({ field: 'callback.scheduledAt' });
    const em = orm.em.fork();
    expect(await em.count(Disposition, { contact: contact.id })).toBe(0);

    const { id } = ok(await asAgent(DISPOSE, { input: { ...base, optionId: options.noAction.id } })).disposeContact;
    const badPhone = failed(
      await asAgent(DISPOSE, {
        input: {
          ...base,
          optionId: options.callback.id,
          callback: { scheduledAt: inMinutes(30), kind: 'PERSONAL', phone: 'tomorrow' },
        },
      }),
      'BAD_USER_INPUT',
    );
    expect(badPhone.extensions?.['details']).toMatchObject({ field: 'callback.phone' });
    const { history } = await rowsOf(id);
    expect(history.map((change) => change.revision)).toEqual([1]);
    const current = await em.fork().findOneOrFail(Disposition, { id });
    expect(current.revision).toBe(1);
    expect(await em.fork().count(Callback, { contact: contact.id })).toBe(0);
  });

  it('send GLOBAL callbacks back to the dialer only in DIALER campaigns', async () => {
    const { campaign, contact, options, asAgent } = await setup();
    const error = failed(
      await asAgent(DISPOSE, {
        input: {
          campaignId: campaign.id,
          contactId: contact.id,
          optionId: options.callback.id,
          callback: { scheduledAt: inMinutes(30), kind: 'GLOBAL' },
        },
      }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['details']).toMatchObject({ field: 'callback.kind' });
  });
});
