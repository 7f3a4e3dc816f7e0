import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTO_ANSWER_VARIABLE, callPlatform, getVar } from '@switchboard/telephony';
import { Campaign } from '@switchboard/schema';
import { addContact } from '../support/contact-factory.js';
import { pollUntil } from '../support/poll-until.js';
import { PBX_HOOK_TIMEOUT_MS } from '../telephony/pbx-harness.js';
import {
  agentLeg,
  applyConfiguration,
  createSipAgent,
  inboundCampaign,
  openBench,
  startAgent,
  uniqueCaller,
  type InCallBench,
} from './in-call-harness.js';

let bench: InCallBench;

beforeAll(async () => {
  bench = await openBench();
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  await bench?.close();
});

const variable = (channel: string, name: string) => getVar(bench.ami, { channel, variable: name });

describe('inbound calls delivered to agents', () => {
  it("ring a READY agent's phone with the caller's contact, campaign and call ids on the agent's leg", async () => {
    const agent = await createSipAgent(bench.orm, bench.api.url);
    const { campaign, database, did } = await inboundCampaign(bench, [agent]);
    const caller = uniqueCaller();
    const contact = await addContact(bench.orm, database, { phone: caller });
    await applyConfiguration(bench);
    await startAgent(bench, agent);

    const since = performance.now();
    await callPlatform(bench.ami, { did, callerId: caller, talkSeconds: 30 });
    const leg = await agentLeg(bench, agent, since);
    expect(await variable(leg, 'SB_CONTACT_ID')).toBe(contact.id);
    expect(await variable(leg, 'SB_CAMPAIGN_ID')).toBe(campaign.id);
    expect(await variable(leg, 'SB_PHONE')).toBe(caller);
    expect(await variable(leg, 'SB_AGENT_ID')).toBe(agent.agentId);
    const callId = await variable(leg, 'SB_CALL_ID');
    expect(callId).not.toBe('');
    // A group without auto-attend: the phone rings, nobody asked it to answer by itself.
    expect(await variable(leg, AUTO_ANSWER_VARIABLE)).toBe('');

    const connected = await pollUntil(
      () => bench.recorder.events.find((event) => event.event === 'AgentConnect' && event['destchannel'] === leg),
      (event) => event !== undefined,
      { what: 'the queue connecting the agent' },
    );
    expect(connected!['membername']).toBe(agent.agentId);
    expect(connected!['queue']).toBe(`campaign-${campaign.id}`);
    await bench.ami.send({ action: 'Hangup', channel: leg });
  });

  it('leaves the contact empty for a caller the database does not have', async () => {
    const agent = await createSipAgent(bench.orm, bench.api.url);
    const { did } = await inboundCampaign(bench, [agent]);
    await applyConfiguration(bench);
    await startAgent(bench, agent);
    const since = performance.now();
    await callPlatform(bench.ami, { did, callerId: uniqueCaller(), talkSeconds: 30 });
    const leg = await agentLeg(bench, agent, since);
    expect(await variable(leg, 'SB_CONTACT_ID')).toBe('');
    expect(await variable(leg, 'SB_CALL_ID')).not.toBe('');
    await bench.ami.send({ action: 'Hangup', channel: leg });
  });

  it("cannot be pointed at another campaign's contacts by a comma in the caller id", async () => {
    // The caller id used to be pasted into AGI(...,${SB_PHONE},<campaign>): "number,<other
    // campaign id>" made the lookup search the other campaign's database.
    const agent = await createSipAgent(bench.orm, bench.api.url);
    const { did } = await inboundCampaign(bench, [agent]);
    const other = await inboundCampaign(bench, []);
    const caller = uniqueCaller();
    await addContact(bench.orm, other.database, { phone: caller });
    await applyConfiguration(bench);
    await startAgent(bench, agent);
    const since = performance.now();
    const injected = `${caller},${other.campaign.id}`;
    await callPlatform(bench.ami, {
      did,
      callerId: caller,
      rawCallerNumber: injected.replace(',', '~'),
      talkSeconds: 30,
    });
    const leg = await agentLeg(bench, agent, since);
    expect(await variable(leg, 'SB_PHONE')).toBe(injected);
    expect(await variable(leg, 'SB_CONTACT_ID')).toBe('');
    await bench.ami.send({ action: 'Hangup', channel: leg });
  });

  it.each([
    ["asks the phone to answer by itself when the agent's group auto-attends inbound calls", {}, 'yes'],
    ["lets the campaign's auto-attend setting override the group's", { autoAttend: false }, 'no'],
  ] as const)('%s', async (_title, campaignSettings, autoAnswer) => {
    const agent = await createSipAgent(bench.orm, bench.api.url, { autoAttendInbound: true });
    const { did } = await inboundCampaign(bench, [agent], campaignSettings);
    await applyConfiguration(bench);
    await startAgent(bench, agent);
    const since = performance.now();
    await callPlatform(bench.ami, { did, callerId: uniqueCaller(), talkSeconds: 30 });
    const leg = await agentLeg(bench, agent, since);
    expect(await variable(leg, AUTO_ANSWER_VARIABLE)).toBe(autoAnswer);
    await bench.ami.send({ action: 'Hangup', channel: leg });
  });

  it('records the calls of a campaign that records every call, from before they reach the agent', async () => {
    const agent = await createSipAgent(bench.orm, bench.api.url);
    const { campaign, did } = await inboundCampaign(bench, [agent]);
    await bench.orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { recordCalls: true });
    await applyConfiguration(bench);
    await startAgent(bench, agent);
    const since = performance.now();
    await callPlatform(bench.ami, { did, callerId: uniqueCaller(), talkSeconds: 30 });
    const leg = await agentLeg(bench, agent, since);
    const callId = await variable(leg, 'SB_CALL_ID');
    expect(await variable(leg, 'SB_RECORDING')).toMatch(new RegExp(`${campaign.id}/${callId}\\.wav$`));
    await bench.ami.send({ action: 'Hangup', channel: leg });
  });
});
