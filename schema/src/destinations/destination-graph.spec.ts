import type { EntityManager } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import {
  DestinationGraphService,
  registerDestinationNode,
  registerDestinationSource,
  type DestinationEdge,
} from './destination-graph.js';
import { DestinationType } from './destination-type.js';

// In-memory ports: the graph service only reads edges and asks nodes whether they exist.
const edges: DestinationEdge[] = [];
const existing = new Set<string>();
const em = { isInTransaction: () => false } as unknown as EntityManager;
for (const type of [DestinationType.IVR, DestinationType.TIME_CONDITION]) {
  registerDestinationNode(type, async (_em, id) => existing.has(`${type}:${id}`));
  registerDestinationSource({ ownerType: type, edges: async () => edges.filter((edge) => edge.from.type === type) });
}
registerDestinationSource({
  ownerType: 'INBOUND_ROUTE',
  edges: async () => edges.filter((edge) => edge.from.type === 'INBOUND_ROUTE'),
});
const graph = new DestinationGraphService();
const node = (type: DestinationType, id: string) => {
  existing.add(`${type}:${id}`);
  return { type, id };
};
const reason = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: { code?: string }) => error.code,
  );

describe('DestinationGraphService', () => {
  const menu = node(DestinationType.IVR, 'menu');
  const hours = node(DestinationType.TIME_CONDITION, 'hours');
  const submenu = node(DestinationType.IVR, 'submenu');

  it('accepts existing targets and HANGUP, refuses missing or malformed ones', async () => {
    expect(await reason(graph.assertValid(em, { type: 'INBOUND_ROUTE', id: null }, [menu]))).toBe('accepted');
    expect(
      await reason(
        graph.assertValid(em, { type: 'INBOUND_ROUTE', id: null }, [{ type: DestinationType.HANGUP, id: null }]),
      ),
    ).toBe('accepted');
    expect(
      await reason(
        graph.assertValid(em, { type: 'INBOUND_ROUTE', id: null }, [{ type: DestinationType.IVR, id: 'gone' }]),
      ),
    ).toBe('DESTINATION_NOT_FOUND');
    expect(
      await reason(
        graph.assertValid(em, { type: 'INBOUND_ROUTE', id: null }, [{ type: DestinationType.IVR, id: null }]),
      ),
    ).toBe('DESTINATION_INVALID');
    expect(
      await reason(
        graph.assertValid(em, { type: 'INBOUND_ROUTE', id: null }, [{ type: DestinationType.HANGUP, id: 'x' }]),
      ),
    ).toBe('DESTINATION_INVALID');
  });

  it('refuses a reference that closes a loop, however long, and allows the same target twice', async () => {
    edges.push({ from: menu, to: hours }, { from: hours, to: submenu });
    expect(await reason(graph.assertValid(em, submenu, [menu]))).toBe('DESTINATION_CYCLE');
    expect(await reason(graph.assertValid(em, submenu, [submenu]))).toBe('DESTINATION_CYCLE');
    // Two branches to one node is a diamond, not a loop.
    expect(await reason(graph.assertValid(em, menu, [hours, submenu]))).toBe('accepted');
    // The references a node holds now are replaced, not added to: dropping the edge to hours frees the loop.
    expect(await reason(graph.assertValid(em, hours, [menu]))).toBe('DESTINATION_CYCLE');
    edges.splice(0, edges.length, { from: hours, to: submenu });
    expect(await reason(graph.assertValid(em, hours, [menu]))).toBe('accepted');
  });

  it('refuses to delete a node something sends calls to, naming who', async () => {
    edges.splice(0, edges.length, { from: { type: 'INBOUND_ROUTE', id: 'r1' }, to: menu }, { from: menu, to: menu });
    const error = await graph
      .assertUnreferenced(em, menu)
      .catch((caught: { code: string; details: unknown }) => caught);
    expect(error).toMatchObject({
      code: 'DESTINATION_IN_USE',
      details: { usedBy: [{ type: 'INBOUND_ROUTE', id: 'r1' }] },
    });
    expect(await reason(graph.assertUnreferenced(em, hours))).toBe('accepted');
  });
});
