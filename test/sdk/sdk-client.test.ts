import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { BuiltInRole, Campaign, CampaignType, type Orm } from '@switchboard/schema';
import {
  CampaignStateChangedDocument,
  LoginDocument,
  MeDocument,
  SwitchboardError,
  createSwitchboardClient,
  type CampaignStateChangedSubscription,
} from '@switchboard/sdk';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { createUser, PASSWORD, unique } from '../support/factories.js';
import { pollUntil } from '../support/poll-until.js';

let api: ApiServer;
let orm: Orm;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
});
afterAll(() => closeTestApi(api, orm));

describe('the typed SDK', () => {
  it('logs in, queries, and raises typed errors with the API code', async () => {
    const { username } = await createUser(orm, BuiltInRole.MANAGER);
    const client = createSwitchboardClient({ url: api.url });
    await expect(client.request(MeDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const error = await client
      .request(LoginDocument, { username, password: 'wrong-password' })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(SwitchboardError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH_INVALID_CREDENTIALS' });

    const { login } = await client.request(LoginDocument, { username, password: PASSWORD });
    client.setToken(login.token);
    const { me } = await client.request(MeDocument);
    expect(me).toMatchObject({ username, role: { builtIn: 'MANAGER' }, agentProfile: null });
  });

  it('subscribes over WebSocket with the same token', async () => {
    const { username } = await createUser(orm, BuiltInRole.MANAGER);
    const em = orm.em.fork();
    const campaign = em.create(Campaign, { name: unique('sdk'), type: CampaignType.INBOUND } as Campaign);
    await em.flush();

    const client = createSwitchboardClient({ url: api.url, webSocketImpl: WebSocket });
    client.setToken((await client.request(LoginDocument, { username, password: PASSWORD })).login.token);
    const events: CampaignStateChangedSubscription[] = [];
    const stop = client.subscribe(
      CampaignStateChangedDocument,
      { campaignId: campaign.id },
      { next: (data) => events.push(data) },
    );
    try {
      await pollUntil(
        () => events.length,
        (count) => count > 0,
        { what: 'snapshot through the SDK' },
      );
      expect(events[0]!.campaignStateChanged).toMatchObject({
        kind: 'SNAPSHOT',
        campaignId: campaign.id,
        to: 'INACTIVE',
      });
    } finally {
      stop();
      await client.close();
    }
  });
});
