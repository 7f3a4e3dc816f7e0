import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, CampaignState, Trunk, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import { createCampaign, internetTrunkDetails, setCampaignState } from '../support/telephony-factory.js';

let api: ApiServer;
let orm: Orm;
let admin: string;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  admin = (await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR)).token;
});
afterAll(() => closeTestApi(api, orm));

const TRUNK_FIELDS = 'id name callerId maxChannels sipDetails template';
const CREATE_TRUNK = `mutation ($input: CreateTrunkInput!) { createTrunk(input: $input) { ${TRUNK_FIELDS} } }`;
const UPDATE_TRUNK = `mutation ($id: ID!, $input: UpdateTrunkInput!) { updateTrunk(id: $id, input: $input) { ${TRUNK_FIELDS} } }`;
const DELETE_TRUNK = 'mutation ($id: ID!) { deleteTrunk(id: $id) }';
const ROUTE_FIELDS =
  'id name position ringSeconds dialOptions trunkIds trunks { id name } patterns { prepend prefix pattern }';
const CREATE_ROUTE = `mutation ($input: CreateOutboundRouteInput!) { createOutboundRoute(input: $input) { ${ROUTE_FIELDS} } }`;
const UPDATE_ROUTE = `mutation ($id: ID!, $input: UpdateOutboundRouteInput!) { updateOutboundRoute(id: $id, input: $input) { ${ROUTE_FIELDS} } }`;
const DELETE_ROUTE = 'mutation ($id: ID!) { deleteOutboundRoute(id: $id) }';
const ROUTES = '{ outboundRoutes(first: 500) { nodes { id name position } } }';
const REORDER = 'mutation ($ids: [ID!]!) { reorderOutboundRoutes(ids: $ids) { id position } }';

function trunkInput(overrides: Record<string, unknown> = {}) {
  return { name: unique('trunk'), sipDetails: internetTrunkDetails(), template: 'INTERNET', ...overrides };
}

async function createTrunk(overrides: Record<string, unknown> = {}) {
  return ok(await graphql(api.url, CREATE_TRUNK, { input: trunkInput(overrides) }, admin)).createTrunk;
}

function routeInput(trunkIds: string[], overrides: Record<string, unknown> = {}) {
  return { name: unique('route'), patterns: [{ prefix: '0', pattern: 'NXXXXXXX' }], trunkIds, ...overrides };
}

async function createRoute(trunkIds: string[], overrides: Record<string, unknown> = {}) {
  return ok(await graphql(api.url, CREATE_ROUTE, { input: routeInput(trunkIds, overrides) }, admin))
    .createOutboundRoute;
}

/** The problems of a class-validator BAD_USER_INPUT, by field. */
function problemFields(error: { extensions?: Record<string, any> }): string[] {
  return (error.extensions?.['details']?.['problems'] ?? []).map((problem: { field: string }) => problem.field);
}

describe('trunks', () => {
  it('are created from a manual template, with the caller id normalized', async () => {
    const trunk = await createTrunk({ callerId: '+54 (11) 4000-0000', maxChannels: 30 });
    expect(trunk).toMatchObject({ callerId: '+541140000000', maxChannels: 30, template: 'INTERNET' });
  });

  it('refuse names that are not Asterisk identifiers and channel counts out of range', async () => {
    const name = failed(
      await graphql(api.url, CREATE_TRUNK, { input: trunkInput({ name: 'my trunk!' }) }, admin),
      'BAD_USER_INPUT',
    );
    expect(problemFields(name)).toEqual(['name']);
    for (const maxChannels of [0, 10_001]) {
      const error = failed(
        await graphql(api.url, CREATE_TRUNK, { input: trunkInput({ maxChannels }) }, admin),
        'BAD_USER_INPUT',
      );
      expect(problemFields(error)).toEqual(['maxChannels']);
    }
    const callerId = failed(
      await graphql(api.url, CREATE_TRUNK, { input: trunkInput({ callerId: 'ACME' }) }, admin),
      'BAD_USER_INPUT',
    );
    expect(callerId.extensions?.['details']).toMatchObject({ field: 'callerId' });
  });

  it('report the line of SIP details that does not parse', async () => {
    const sipDetails = 'type=wizard\n; comment\nremote_hosts sip.example\nsends_auth=yes';
    const error = failed(
      await graphql(api.url, CREATE_TRUNK, { input: trunkInput({ sipDetails }) }, admin),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['reason']).toBe('TELEPHONY_INVALID_SIP_DETAILS');
    expect(error.extensions?.['details']).toMatchObject({
      field: 'sipDetails',
      line: 3,
      content: 'remote_hosts sip.example',
    });
    const directive = failed(
      await graphql(
        api.url,
        CREATE_TRUNK,
        { input: trunkInput({ sipDetails: 'type=wizard\n#include /etc/passwd' }) },
        admin,
      ),
      'BAD_USER_INPUT',
    );
    expect(directive.extensions?.['details']).toMatchObject({ line: 2 });
  });

  it('never return credentials, and keep them when the masked text is sent back', async () => {
    const trunk = await createTrunk();
    expect(trunk.sipDetails).not.toContain('provider-secret');
    expect(trunk.sipDetails).toContain('outbound_auth/password= ********');

    const edited = `${trunk.sipDetails}\nendpoint/language=es`;
    ok(await graphql(api.url, UPDATE_TRUNK, { id: trunk.id, input: { sipDetails: edited } }, admin));
    let stored = await orm.em.fork().findOneOrFail(Trunk, { id: trunk.id });
    expect(stored.sipDetails).toContain('outbound_auth/password= provider-secret');
    expect(stored.sipDetails).toContain('endpoint/language=es');

    ok(
      await graphql(
        api.url,
        UPDATE_TRUNK,
        { id: trunk.id, input: { sipDetails: internetTrunkDetails('rotated') } },
        admin,
      ),
    );
    stored = await orm.em.fork().findOneOrFail(Trunk, { id: trunk.id });
    expect(stored.sipDetails).toContain('outbound_auth/password=rotated');
  });

  it('never return other credential keys pjsip knows, such as md5_cred', async () => {
    const details = [
      'type=wizard',
      'remote_hosts=sip.example.com',
      'outbound_auth/username=me',
      'outbound_auth/auth_type=md5',
      'outbound_auth/md5_cred=0123456789abcdef0123456789abcdef',
      'outbound_auth/refresh_token=refresh-me',
    ].join('\n');
    const trunk = await createTrunk({ sipDetails: details });
    expect(trunk.sipDetails).not.toContain('0123456789abcdef');
    expect(trunk.sipDetails).not.toContain('refresh-me');
    expect(trunk.sipDetails).toContain('outbound_auth/username=me');
    const listed = ok(await graphql(api.url, '{ trunks(first: 500) { nodes { id sipDetails } } }', {}, admin));
    const seen = listed.trunks.nodes.find((node: { id: string }) => node.id === trunk.id);
    expect(seen.sipDetails).not.toContain('0123456789abcdef');
  });

  it('are refused to agents, read-only for supervisors', async () => {
    const trunk = await createTrunk();
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    failed(await graphql(api.url, '{ trunks { totalCount } }', {}, agent.token), 'FORBIDDEN');
    failed(await graphql(api.url, CREATE_TRUNK, { input: trunkInput() }, agent.token), 'FORBIDDEN');
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const read = ok(
      await graphql(api.url, 'query ($id: ID!) { trunk(id: $id) { name } }', { id: trunk.id }, supervisor.token),
    );
    expect(read.trunk.name).toBe(trunk.name);
    failed(await graphql(api.url, DELETE_TRUNK, { id: trunk.id }, supervisor.token), 'FORBIDDEN');
  });

  it('cannot be deleted while a route uses them; the conflict names the routes', async () => {
    const used = await createTrunk();
    const spare = await createTrunk();
    const route = await createRoute([spare.id, used.id]);
    const error = failed(await graphql(api.url, DELETE_TRUNK, { id: used.id }, admin), 'CONFLICT');
    expect(error.extensions?.['reason']).toBe('TELEPHONY_TRUNK_IN_USE');
    expect(error.extensions?.['details']).toEqual({ routes: [route.name] });
    expect(error.message).toContain(route.name);

    ok(await graphql(api.url, UPDATE_ROUTE, { id: route.id, input: { trunkIds: [spare.id] } }, admin));
    expect(ok(await graphql(api.url, DELETE_TRUNK, { id: used.id }, admin)).deleteTrunk).toBe(used.id);
  });
});

describe('outbound routes', () => {
  it('keep the trunk sequence as the failover order', async () => {
    const [first, second, third] = [await createTrunk(), await createTrunk(), await createTrunk()];
    const route = await createRoute([third.id, first.id, second.id], { ringSeconds: 30, dialOptions: 'TtL(60000)' });
    expect(route.trunkIds).toEqual([third.id, first.id, second.id]);
    expect(route.trunks.map((trunk: { id: string }) => trunk.id)).toEqual([third.id, first.id, second.id]);
    expect(route.patterns).toEqual([{ prepend: null, prefix: '0', pattern: 'NXXXXXXX' }]);

    const read = ok(
      await graphql(
        api.url,
        `
          query ($id: ID!) {
            outboundRoute(id: $id) {
              trunks {
                name
              }
            }
          }
        `,
        { id: route.id },
        admin,
      ),
    );
    expect(read.outboundRoute.trunks.map((trunk: { name: string }) => trunk.name)).toEqual([
      third.name,
      first.name,
      second.name,
    ]);

    const other = await createRoute([second.id]);
    const listed = ok(
      await graphql(
        api.url,
        'query ($trunkId: ID) { outboundRoutes(filter: { trunkId: $trunkId }) { nodes { id trunks { id } } } }',
        { trunkId: second.id },
        admin,
      ),
    ).outboundRoutes.nodes;
    expect(listed).toEqual([
      { id: route.id, trunks: [{ id: third.id }, { id: first.id }, { id: second.id }] },
      { id: other.id, trunks: [{ id: second.id }] },
    ]);
  });

  it('validate every field and name the offending one', async () => {
    const trunk = await createTrunk();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: 'route one' }, 'name'],
      [{ ringSeconds: 0 }, 'ringSeconds'],
      [{ ringSeconds: 601 }, 'ringSeconds'],
      [{ dialOptions: 'Tt,r' }, 'dialOptions'],
      [{ patterns: [] }, 'patterns'],
      [{ patterns: [{ pattern: '9XX' }, { pattern: 'abc' }] }, 'patterns.1.pattern'],
      [{ trunkIds: [] }, 'trunkIds'],
      [{ trunkIds: [trunk.id, trunk.id] }, 'trunkIds'],
    ];
    for (const [overrides, field] of cases) {
      const error = failed(
        await graphql(api.url, CREATE_ROUTE, { input: routeInput([trunk.id], overrides) }, admin),
        'BAD_USER_INPUT',
      );
      expect(problemFields(error), JSON.stringify(overrides)).toEqual([field]);
    }
    const missing = '00000000-0000-4000-8000-000000000000';
    const unknown = failed(
      await graphql(api.url, CREATE_ROUTE, { input: routeInput([trunk.id, missing]) }, admin),
      'NOT_FOUND',
    );
    expect(unknown.extensions?.['details']).toEqual({ field: 'trunkIds', missing: [{ index: 1, id: missing }] });
  });

  it('cannot be deleted while a live campaign uses them', async () => {
    const route = await createRoute([(await createTrunk()).id]);
    const campaign = await createCampaign(orm, { outboundRouteId: route.id });
    const error = failed(await graphql(api.url, DELETE_ROUTE, { id: route.id }, admin), 'CONFLICT');
    expect(error.extensions?.['reason']).toBe('TELEPHONY_ROUTE_IN_USE');
    expect(error.extensions?.['details']).toEqual({ campaigns: [campaign.name] });

    await setCampaignState(orm, campaign.id, CampaignState.DELETED);
    expect(ok(await graphql(api.url, DELETE_ROUTE, { id: route.id }, admin)).deleteOutboundRoute).toBe(route.id);
  });

  it('are appended at the end and reordered from a full list of ids', async () => {
    const trunk = await createTrunk();
    const created = [await createRoute([trunk.id]), await createRoute([trunk.id]), await createRoute([trunk.id])];
    const before = ok(await graphql(api.url, ROUTES, {}, admin)).outboundRoutes.nodes as Array<{ id: string }>;
    expect(before.slice(-3).map((route) => route.id)).toEqual(created.map((route) => route.id));

    const reversed = before.map((route) => route.id).reverse();
    const reordered = ok(await graphql(api.url, REORDER, { ids: reversed }, admin)).reorderOutboundRoutes;
    expect(reordered.map((route: { position: number }) => route.position)).toEqual(
      reversed.map((_id, index) => index + 1),
    );
    const after = ok(await graphql(api.url, ROUTES, {}, admin)).outboundRoutes.nodes as Array<{ id: string }>;
    expect(after.map((route) => route.id)).toEqual(reversed);

    const partial = failed(await graphql(api.url, REORDER, { ids: reversed.slice(1) }, admin), 'BAD_USER_INPUT');
    expect(partial.extensions?.['details']).toMatchObject({ field: 'ids', missing: [reversed[0]] });
    const twice = failed(await graphql(api.url, REORDER, { ids: [...reversed, reversed[0]] }, admin), 'BAD_USER_INPUT');
    expect(twice.extensions?.['details']).toMatchObject({ duplicates: [reversed[0]] });
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    failed(await graphql(api.url, REORDER, { ids: reversed }, supervisor.token), 'FORBIDDEN');
  });
});

describe('external systems', () => {
  const CREATE = `mutation ($input: CreateExternalSystemInput!) {
    createExternalSystem(input: $input) { id name externalAgentIds { agentId externalId } } }`;
  const UPDATE = `mutation ($id: ID!, $input: UpdateExternalSystemInput!) {
    updateExternalSystem(id: $id, input: $input) { externalAgentIds { agentId externalId } } }`;

  async function agentIds(count: number): Promise<string[]> {
    const agents = await Promise.all(Array.from({ length: count }, () => loggedIn(orm, api.url, BuiltInRole.AGENT)));
    return agents.map((agent) => agent.user.agentProfile!.id);
  }

  it('map agents to their ids in the CRM, one each, unique within the system', async () => {
    const manager = (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token;
    const [a, b, c] = await agentIds(3);
    const mapping = [
      { agentId: a, externalId: '1001' },
      { agentId: b, externalId: '1002' },
    ];
    const system = ok(
      await graphql(api.url, CREATE, { input: { name: unique('crm'), externalAgentIds: mapping } }, manager),
    ).createExternalSystem;
    expect(system.externalAgentIds).toEqual(mapping);

    const sameAgent = failed(
      await graphql(
        api.url,
        UPDATE,
        { id: system.id, input: { externalAgentIds: [...mapping, { agentId: a, externalId: '9' }] } },
        manager,
      ),
      'BAD_USER_INPUT',
    );
    expect(sameAgent.extensions).toMatchObject({
      reason: 'EXTERNAL_SYSTEM_DUPLICATE_AGENT',
      details: { indexes: [2] },
    });
    const sameId = failed(
      await graphql(
        api.url,
        UPDATE,
        { id: system.id, input: { externalAgentIds: [...mapping, { agentId: c, externalId: '1001' }] } },
        manager,
      ),
      'BAD_USER_INPUT',
    );
    expect(sameId.extensions).toMatchObject({
      reason: 'EXTERNAL_SYSTEM_DUPLICATE_EXTERNAL_ID',
      details: { indexes: [2] },
    });
    const stranger = '00000000-0000-4000-8000-000000000000';
    const unknown = failed(
      await graphql(
        api.url,
        UPDATE,
        { id: system.id, input: { externalAgentIds: [{ agentId: stranger, externalId: '7' }] } },
        manager,
      ),
      'NOT_FOUND',
    );
    expect(unknown.extensions?.['details']).toMatchObject({ missing: [{ index: 0, agentId: stranger }] });

    const swapped = [
      { agentId: a, externalId: '1002' },
      { agentId: b, externalId: '1001' },
    ];
    const updated = ok(
      await graphql(api.url, UPDATE, { id: system.id, input: { externalAgentIds: swapped } }, manager),
    );
    expect(updated.updateExternalSystem.externalAgentIds).toEqual(swapped);
  });

  it('show the agents of linked campaigns that still lack an external id', async () => {
    const manager = (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token;
    const [mapped, unmapped] = await agentIds(2);
    const system = ok(
      await graphql(
        api.url,
        CREATE,
        { input: { name: unique('crm'), externalAgentIds: [{ agentId: mapped, externalId: 'u1' }] } },
        manager,
      ),
    ).createExternalSystem;
    await createCampaign(orm, { externalSystemId: system.id, agentIds: [mapped, unmapped] });
    const query = 'query ($id: ID!) { externalSystem(id: $id) { agentsWithoutExternalId { id user { username } } } }';
    const read = ok(await graphql(api.url, query, { id: system.id }, manager));
    expect(read.externalSystem.agentsWithoutExternalId.map((agent: { id: string }) => agent.id)).toEqual([unmapped]);
  });

  it('are read by campaign readers and changed only with EXTERNAL_SYSTEMS_MANAGE', async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    ok(await graphql(api.url, '{ externalSystems { totalCount } }', {}, agent.token));
    failed(await graphql(api.url, CREATE, { input: { name: unique('crm') } }, agent.token), 'FORBIDDEN');
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    failed(await graphql(api.url, CREATE, { input: { name: unique('crm') } }, supervisor.token), 'FORBIDDEN');
  });
});
