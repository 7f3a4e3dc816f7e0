import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { BuiltInRole, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import { subscribe } from '../support/subscription-client.js';
import { pollUntil } from '../support/poll-until.js';
import { addOption, as, createCampaignAs, createContactDatabase } from '../support/campaign-fixtures.js';

let api: ApiServer;
let orm: Orm;
let managerToken: string;
let managerId: string;
let manager: ReturnType<typeof as>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  const user = await loggedIn(orm, api.url, BuiltInRole.MANAGER);
  managerToken = user.token;
  managerId = user.user.id;
  manager = as(api.url, managerToken);
});
afterAll(() => closeTestApi(api, orm));

type Action = 'activate' | 'pause' | 'resume' | 'finish' | 'delete';
const act = (action: Action, id: string, run = manager) =>
  action === 'delete'
    ? run('mutation ($id: ID!) { deleteCampaign(id: $id) }', { id })
    : run(`mutation ($id: ID!) { ${action}Campaign(id: $id) { id state deletedAt } }`, { id });

const stateOf = async (id: string) =>
  ok(await manager('query ($id: ID!) { campaign(id: $id) { state deletedAt } }', { id })).campaign;

/** A MANUAL FORM campaign with a visible option: ready to activate. */
async function readyCampaign(): Promise<string> {
  const { id } = await createCampaignAs(manager);
  await addOption(manager, id);
  return id;
}

/** Drives a ready campaign through the given actions, asserting each succeeds. */
async function drive(id: string, ...actions: Action[]): Promise<void> {
  for (const action of actions) ok(await act(action, id));
}

describe('campaign lifecycle', () => {
  it('walks every legal transition', async () => {
    const id = await readyCampaign();
    const expectations: Array<[Action, string]> = [
      ['activate', 'ACTIVE'],
      ['pause', 'PAUSED'],
      ['resume', 'ACTIVE'],
      ['pause', 'PAUSED'],
      ['finish', 'FINISHED'],
      ['delete', 'DELETED'],
    ];
    for (const [action, state] of expectations) {
      ok(await act(action, id));
      expect((await stateOf(id)).state, `${action} leads to ${state}`).toBe(state);
    }
    expect((await stateOf(id)).deletedAt).not.toBeNull();

    const fromActive = await readyCampaign();
    await drive(fromActive, 'activate', 'finish');
    expect((await stateOf(fromActive)).state).toBe('FINISHED');
    // The manual's rotation: a finished campaign gets a new database and is activated again.
    await drive(fromActive, 'activate');
    expect((await stateOf(fromActive)).state).toBe('ACTIVE');
    for (const path of [[], ['activate'], ['activate', 'pause']] as Action[][]) {
      const campaign = await readyCampaign();
      await drive(campaign, ...path, 'delete');
      expect((await stateOf(campaign)).state).toBe('DELETED');
    }
  });

  it('refuses illegal transitions with CONFLICT naming the state and the action', async () => {
    const cases: Array<[Action[], Action, string]> = [
      [[], 'pause', 'INACTIVE'],
      [[], 'resume', 'INACTIVE'],
      [[], 'finish', 'INACTIVE'],
      [['activate'], 'activate', 'ACTIVE'],
      [['activate'], 'resume', 'ACTIVE'],
      [['activate', 'pause'], 'pause', 'PAUSED'],
      [['activate', 'finish'], 'pause', 'FINISHED'],
      [['activate', 'finish'], 'resume', 'FINISHED'],
      [['delete'], 'activate', 'DELETED'],
      [['delete'], 'delete', 'DELETED'],
    ];
    for (const [path, action, from] of cases) {
      const id = await readyCampaign();
      await drive(id, ...path);
      const error = failed(await act(action, id), 'CONFLICT');
      expect(error.extensions?.['reason']).toBe('CAMPAIGN_ILLEGAL_TRANSITION');
      expect(error.extensions?.['details']).toEqual({ from, action: action.toUpperCase() });
      expect((await stateOf(id)).state).toBe(from);
    }
  });

  it('activates a FORM campaign only with a disposition option agents can use', async () => {
    const { id } = await createCampaignAs(manager);
    const none = failed(await act('activate', id), 'CONFLICT');
    expect(none.extensions?.['reason']).toBe('CAMPAIGN_NOT_READY');
    expect(none.message).toMatch(/disposition option/);
    const hidden = await addOption(manager, id, { hidden: true });
    expect(hidden.hidden).toBe(true);
    failed(await act('activate', id), 'CONFLICT');
    await addOption(manager, id);
    expect(ok(await act('activate', id)).activateCampaign.state).toBe('ACTIVE');

    const crm = await createCampaignAs(manager, {
      interactionType: 'EXTERNAL_URL',
      externalUrl: 'https://crm.example/',
    });
    ok(await act('activate', crm.id));
    const database = await createContactDatabase(orm);
    const dialer = await createCampaignAs(manager, { type: 'DIALER', contactDatabaseId: database.id });
    await addOption(manager, dialer.id);
    ok(await act('activate', dialer.id));
  });

  it('removes a deleted campaign from lists and refuses to change it', async () => {
    const id = await readyCampaign();
    ok(await act('delete', id));
    const listed = ok(await manager('{ campaigns(first: 500) { nodes { id } } }')).campaigns.nodes;
    expect(listed.map((node: { id: string }) => node.id)).not.toContain(id);
    const update = 'mutation ($id: ID!) { updateCampaign(id: $id, input: { objective: 5 }) { id } }';
    expect(failed(await manager(update, { id }), 'CONFLICT').extensions?.['reason']).toBe('CAMPAIGN_DELETED');
  });

  it('needs CAMPAIGNS_MANAGE and the campaign in scope', async () => {
    const id = await readyCampaign();
    const basic = await loggedIn(orm, api.url, BuiltInRole.BASIC_SUPERVISOR);
    failed(await act('activate', id, as(api.url, basic.token)), 'FORBIDDEN');
    const outsider = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    failed(await act('activate', id, as(api.url, outsider.token)), 'NOT_FOUND');
    failed(await act('activate', randomUUID()), 'NOT_FOUND');
    expect((await stateOf(id)).state).toBe('INACTIVE');
  });
});

const STATES = `subscription ($id: ID) { campaignStateChanged(campaignId: $id) { kind from to changedBy } }`;
type StateEvent = { campaignStateChanged: { kind: string; from: string | null; to: string; changedBy: string | null } };

describe('concurrent transitions', () => {
  // Decided: the row lock serializes them; exactly one activation wins, the other sees ACTIVE
  // and gets CONFLICT, and exactly one state_changed event is published.
  it('lets exactly one of two simultaneous activations win, with one event', async () => {
    for (let round = 0; round < 3; round += 1) {
      const id = await readyCampaign();
      const live = subscribe<StateEvent>(api.url.replace(/^http/, 'ws'), managerToken, STATES, { id });
      try {
        await pollUntil(
          () => live.received.length,
          (count) => count >= 1,
          { what: 'snapshot' },
        );
        const results = await Promise.all([act('activate', id), act('activate', id)]);
        const winners = results.filter((result) => !result.errors);
        expect(winners).toHaveLength(1);
        const loser = failed(
          results.find((result) => result.errors)!,
          'CONFLICT',
        );
        expect(loser.extensions?.['details']).toEqual({ from: 'ACTIVE', action: 'ACTIVATE' });

        // Events of one publisher arrive in order: once the pause is seen, every activation
        // event that was published has been seen too.
        ok(await act('pause', id));
        await pollUntil(
          () => live.received.at(-1)?.campaignStateChanged.to,
          (to) => to === 'PAUSED',
          { what: 'pause' },
        );
        expect(live.received.filter((event) => event.campaignStateChanged.kind === 'CHANGE')).toEqual([
          { campaignStateChanged: { kind: 'CHANGE', from: 'INACTIVE', to: 'ACTIVE', changedBy: managerId } },
          { campaignStateChanged: { kind: 'CHANGE', from: 'ACTIVE', to: 'PAUSED', changedBy: managerId } },
        ]);
        expect(live.errors).toEqual([]);
      } finally {
        live.dispose();
      }
    }
  });

  it('serializes a finish racing a pause: both apply, in some order, or the second is refused', async () => {
    const id = await readyCampaign();
    await drive(id, 'activate');
    const [pause, finish] = await Promise.all([act('pause', id), act('finish', id)]);
    expect(finish.errors).toBeUndefined();
    const state = (await stateOf(id)).state;
    expect(state).toBe('FINISHED');
    // pause first: PAUSED -> FINISHED is legal; finish first: pause from FINISHED is refused.
    if (pause.errors)
      expect(failed(pause, 'CONFLICT').extensions?.['details']).toEqual({ from: 'FINISHED', action: 'PAUSE' });
  });
});

describe('templates have no lifecycle', () => {
  it('refuses every action but delete on a template', async () => {
    const { id } = await createCampaignAs(manager, { isTemplate: true, name: unique('template') });
    await addOption(manager, id);
    for (const action of ['activate', 'pause', 'resume', 'finish'] as Action[]) {
      const error = failed(await act(action, id), 'CONFLICT');
      expect(error.extensions?.['reason']).toBe('CAMPAIGN_TEMPLATE_HAS_NO_LIFECYCLE');
    }
    ok(await act('delete', id));
    const templates = ok(await manager('{ campaigns(filter: { isTemplate: true }, first: 500) { nodes { id } } }'));
    expect(templates.campaigns.nodes.map((node: { id: string }) => node.id)).not.toContain(id);
  });
});
