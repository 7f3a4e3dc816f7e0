/**
 * A minimal integrator example: log in with the typed SDK, list agent groups, and watch
 * campaign states live (the current states first, then every change).
 *
 *   npm run build && node examples/dist/watch-campaigns.js
 *
 * Environment: SWITCHBOARD_URL (default http://127.0.0.1:4000/graphql), SWITCHBOARD_USERNAME
 * and SWITCHBOARD_PASSWORD (default: the demo administrator).
 */
import WebSocket from 'ws';
import {
  AgentGroupsDocument,
  CampaignStateChangedDocument,
  LoginDocument,
  createSwitchboardClient,
} from '@switchboard/sdk';

const url = process.env['SWITCHBOARD_URL'] ?? 'http://127.0.0.1:4000/graphql';
const client = createSwitchboardClient({ url, webSocketImpl: WebSocket });

const { login } = await client.request(LoginDocument, {
  username: process.env['SWITCHBOARD_USERNAME'] ?? 'admin',
  password: process.env['SWITCHBOARD_PASSWORD'] ?? 'Switchboard-Demo-2026',
});
client.setToken(login.token);
console.log(`logged in as ${login.user.username}; token valid until ${login.expiresAt}`);

const { agentGroups } = await client.request(AgentGroupsDocument, { first: 20 });
for (const group of agentGroups.nodes)
  console.log(`agent group ${group.name} (auto-unpause ${group.autoUnpauseSeconds}s)`);

const stop = client.subscribe(
  CampaignStateChangedDocument,
  {},
  {
    next: ({ campaignStateChanged: event }) =>
      console.log(`${event.kind.padEnd(8)} campaign ${event.campaignId}: ${event.from ?? '-'} -> ${event.to}`),
    error: (error) => console.error('subscription failed', error),
  },
);

process.once('SIGINT', () => {
  stop();
  void client.close();
});
