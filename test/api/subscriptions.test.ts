import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BuiltInRole,
  Campaign,
  CampaignType,
  DispositionOption,
  DispositionType,
  openDatabase,
  type Orm,
} from '@switchboard/schema';
import { testEnvironment } from '../support/api-harness.js';
import { startApiProcess, type ApiProcess } from '../support/api-process.js';
import { openSocket, subscribe } from '../support/subscription-client.js';
import { pollUntil } from '../support/poll-until.js';
import { graphql, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';

let orm: Orm;
let first: ApiProcess;
let second: ApiProcess;

beforeAll(async () => {
  orm = await openDatabase(testEnvironment().DATABASE_URL);
  [first, second] = await Promise.all([startApiProcess(), startApiProcess()]);
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await orm?.close(true);
});

async function campaignReadyToActivate(): Promise<Campaign> {
  const em = orm.em.fork();
  const campaign = new Campaign();
  campaign.name = unique('live');
  campaign.type = CampaignType.MANUAL;
  const option = new DispositionOption();
  option.name = 'Sale';
  option.type = DispositionType.NO_ACTION;
  option.campaign = campaign;
  em.persist([campaign, option]);
  await em.flush();
  return campaign;
}

const STATES = `subscription ($id: ID) { campaignStateChanged(campaignId: $id) { id kind campaignId from to changedBy } }`;
type StateEvent = {
  campaignStateChanged: { id: string; kind: string; campaignId: string; from: string | null; to: string };
};

describe('subscriptions across api processes', () => {
  it('delivers a change made through one process to a subscriber of another, snapshot first', async () => {
    const admin = await loggedIn(orm, first.url, BuiltInRole.ADMINISTRATOR);
    const campaign = await campaignReadyToActivate();
    const live = subscribe<StateEvent>(second.wsUrl, admin.token, STATES, { id: campaign.id });
    try {
      await pollUntil(
        () => live.received.length,
        (n) => n >= 1,
        { what: 'snapshot' },
      );
      expect(live.received[0]!.campaignStateChanged).toMatchObject({
        kind: 'SNAPSHOT',
        campaignId: campaign.id,
        from: null,
        to: 'INACTIVE',
      });

      ok(
        await graphql(
          first.url,
          'mutation ($id: ID!) { activateCampaign(id: $id) { state } }',
          { id: campaign.id },
          admin.token,
        ),
      );

      await pollUntil(
        () => live.received.length,
        (n) => n >= 2,
        { what: 'change event' },
      );
      expect(live.received[1]!.campaignStateChanged).toMatchObject({
        kind: 'CHANGE',
        campaignId: campaign.id,
        from: 'INACTIVE',
        to: 'ACTIVE',
        changedBy: admin.user.id,
      });
      expect(live.errors).toEqual([]);
    } finally {
      live.dispose();
    }
  });

  it('does not show a supervisor campaigns it is not assigned to, neither in the snapshot nor live', async () => {
    const admin = await loggedIn(orm, first.url, BuiltInRole.ADMINISTRATOR);
    const outsider = await loggedIn(orm, first.url, BuiltInRole.SUPERVISOR);
    const campaign = await campaignReadyToActivate();
    const watching = subscribe<StateEvent>(second.wsUrl, admin.token, STATES, { id: campaign.id });
    const outside = subscribe<StateEvent>(second.wsUrl, outsider.token, STATES, {});
    try {
      await pollUntil(
        () => watching.received.length,
        (n) => n >= 1,
        { what: 'admin snapshot' },
      );
      ok(
        await graphql(
          first.url,
          'mutation ($id: ID!) { activateCampaign(id: $id) { state } }',
          { id: campaign.id },
          admin.token,
        ),
      );
      await pollUntil(
        () => watching.received.length,
        (n) => n >= 2,
        { what: 'admin change' },
      );
      // The outsider's stream is checked after the admin's event arrived on the same process.
      expect(outside.received.filter((event) => event.campaignStateChanged.campaignId === campaign.id)).toEqual([]);
      expect(outside.errors).toEqual([]);
    } finally {
      watching.dispose();
      outside.dispose();
    }
  });

  it("never shows a supervisor another supervisor's campaign, asked for or not", async () => {
    const admin = await loggedIn(orm, first.url, BuiltInRole.ADMINISTRATOR);
    const [mine, theirs] = await Promise.all([campaignReadyToActivate(), campaignReadyToActivate()]);
    const [me, other] = await Promise.all([
      loggedIn(orm, first.url, BuiltInRole.SUPERVISOR),
      loggedIn(orm, first.url, BuiltInRole.SUPERVISOR),
    ]);
    const assign = 'mutation ($c: ID!, $u: [ID!]!) { setCampaignSupervisors(campaignId: $c, userIds: $u) { id } }';
    ok(await graphql(first.url, assign, { c: mine.id, u: [me.user.id] }, admin.token));
    ok(await graphql(first.url, assign, { c: theirs.id, u: [other.user.id] }, admin.token));
    const everything = subscribe<StateEvent>(second.wsUrl, me.token, STATES, {});
    const asked = subscribe<StateEvent>(second.wsUrl, me.token, STATES, { id: theirs.id });
    const watching = subscribe<StateEvent>(second.wsUrl, other.token, STATES, { id: theirs.id });
    try {
      await pollUntil(
        () => watching.received.length + everything.received.length,
        (n) => n >= 2,
        { what: 'snapshots' },
      );
      const activate = 'mutation ($id: ID!) { activateCampaign(id: $id) { state } }';
      ok(await graphql(first.url, activate, { id: theirs.id }, admin.token));
      ok(await graphql(first.url, activate, { id: mine.id }, admin.token));
      await pollUntil(
        () => watching.received.length,
        (n) => n >= 2,
        { what: "the other supervisor's change" },
      );
      const ownChange = (event: StateEvent) =>
        event.campaignStateChanged.campaignId === mine.id && event.campaignStateChanged.kind === 'CHANGE';
      await pollUntil(
        () => everything.received.filter(ownChange).length,
        (n) => n >= 1,
        { what: 'own change' },
      );
      const seen = [...everything.received, ...asked.received].map((event) => event.campaignStateChanged.campaignId);
      expect(seen).not.toContain(theirs.id);
      expect(seen).toContain(mine.id);
    } finally {
      [everything, asked, watching].forEach((live) => live.dispose());
    }
  });

  it('closes, on every api process, the sockets of a user deactivated through another', async () => {
    const admin = await loggedIn(orm, first.url, BuiltInRole.ADMINISTRATOR);
    const supervisor = await loggedIn(orm, first.url, BuiltInRole.SUPERVISOR);
    const socket = openSocket(second.wsUrl, supervisor.token);
    try {
      expect((await socket.request('{ me { id } }')).data).toBeTruthy();
      const update = 'mutation ($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }';
      ok(await graphql(first.url, update, { id: supervisor.user.id }, admin.token));
      expect(await socket.closed).toMatchObject({ code: 4401 });
    } finally {
      socket.dispose();
    }
  });

  it('refuses a WebSocket connection without a valid token', async () => {
    const anonymous = subscribe(second.wsUrl, 'not-a-token', STATES, {});
    await anonymous.closed;
    expect(anonymous.errors.length).toBeGreaterThan(0);
    expect(anonymous.received).toEqual([]);
    anonymous.dispose();
  });

  it('answers a subscription without a login with UNAUTHENTICATED, like HTTP', async () => {
    const anonymous = subscribe(second.wsUrl, null, STATES, {});
    await anonymous.closed;
    const serialized = JSON.stringify(anonymous.errors);
    expect(serialized).toContain('UNAUTHENTICATED');
    expect(anonymous.received).toEqual([]);
    anonymous.dispose();
  });
});
