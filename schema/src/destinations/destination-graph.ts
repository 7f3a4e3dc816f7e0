import type { EntityManager } from '@mikro-orm/core';
import { DestinationType } from './destination-type.js';
import type { DestinationRef } from './destination-ref.embeddable.js';
import { DestinationErrors } from './destination.errors.js';

/** What holds destinations: a node type, or an owner that is not itself a destination. */
export type DestinationOwnerType = DestinationType | 'INBOUND_ROUTE' | 'CAMPAIGN_FAILOVER';

export interface DestinationNodeKey {
  type: DestinationOwnerType;
  id: string;
}

export interface DestinationEdge {
  from: DestinationNodeKey;
  to: Pick<DestinationRef, 'type' | 'id'>;
}

/**
 * One owner's outgoing references, read from the database (inside the caller's transaction):
 * an IVR's options, a time condition's two branches, a route's destination, a failover.
 */
export interface DestinationSource {
  ownerType: DestinationOwnerType;
  edges(em: EntityManager): Promise<DestinationEdge[]>;
}

export interface DestinationNode {
  type: DestinationType;
  /** Whether a call can be sent to this id now (e.g. CAMPAIGN: an inbound campaign that is not deleted). */
  exists(em: EntityManager, id: string): Promise<boolean>;
  /** Human name in messages, e.g. "IVR"; default the type. */
  label?: string;
}

const sources = new Map<DestinationOwnerType, DestinationSource>();
const nodes = new Map<DestinationType, DestinationNode>();

/** Each owner of destinations registers once, at module load; a second registration replaces the first. */
export function registerDestinationSource(source: DestinationSource): void {
  sources.set(source.ownerType, source);
}

/** Each node type registers once, so that references to it can be checked. HANGUP needs none. */
export function registerDestinationNode(
  type: DestinationType,
  exists: DestinationNode['exists'],
  options: { label?: string } = {},
): void {
  nodes.set(type, { type, exists, label: options.label });
}

// Any number, the same in every process: graph changes take it in their transaction, one at a time.
const GRAPH_LOCK_KEY = 14_014;

/**
 * Two concurrent edits could each pass the cycle check and close a loop together: inside a
 * transaction, checks of the graph wait for each other until commit.
 */
async function lockGraph(em: EntityManager): Promise<void> {
  if (!em.isInTransaction()) return;
  const sql = em as unknown as { execute?(query: string): Promise<unknown> };
  await sql.execute?.(`select pg_advisory_xact_lock(${GRAPH_LOCK_KEY})`);
}

const keyOf = (node: { type: string; id: string | null }) => `${node.type}:${node.id ?? ''}`;
const labelOf = (type: DestinationType) => nodes.get(type)?.label ?? type;

/**
 * The rules of the destination graph, for every owner: a reference names a node that exists,
 * a node that something sends calls to is not deleted, and no chain of references comes back
 * to where it started (a call would loop in Asterisk without end).
 */
export class DestinationGraphService {
  /** Every edge of every registered source, as the database holds them now. */
  async edges(em: EntityManager): Promise<DestinationEdge[]> {
    const all = await Promise.all([...sources.values()].map((source) => source.edges(em)));
    return all.flat();
  }

  /**
   * Checks the references `from` is about to hold (replacing the ones it holds now): each is
   * well formed, its target exists, and none leads back to `from`. `from.id` null: a node not
   * created yet, which nothing can reference, so only the targets are checked.
   */
  async assertValid(
    em: EntityManager,
    from: { type: DestinationOwnerType; id: string | null },
    refs: ReadonlyArray<Pick<DestinationRef, 'type' | 'id'>>,
  ): Promise<void> {
    await lockGraph(em);
    for (const ref of refs) await this.assertTarget(em, ref);
    if (from.id === null) return;
    const origin = { type: from.type, id: from.id };
    const edges = (await this.edges(em)).filter((edge) => keyOf(edge.from) !== keyOf(origin));
    edges.push(...refs.map((to) => ({ from: origin, to })));
    const path = findCycle(edges, origin);
    if (path) {
      throw DestinationErrors.create('CYCLE', `destination: calls would loop (${path.join(' -> ')})`, { path });
    }
  }

  /** Refuses to delete a node that a route, an option or a branch still sends calls to. */
  async assertUnreferenced(em: EntityManager, node: { type: DestinationType; id: string }): Promise<void> {
    await lockGraph(em);
    const target = keyOf(node);
    const users = (await this.edges(em)).filter((edge) => keyOf(edge.to) === target && keyOf(edge.from) !== target);
    if (users.length === 0) return;
    const usedBy = [...new Set(users.map((edge) => keyOf(edge.from)))];
    throw DestinationErrors.create('IN_USE', `${labelOf(node.type)} ${node.id} is in use by ${usedBy.join(', ')}`, {
      type: node.type,
      id: node.id,
      usedBy: usedBy.map((key) => {
        const [type, id] = key.split(':');
        return { type, id };
      }),
    });
  }

  private async assertTarget(em: EntityManager, ref: Pick<DestinationRef, 'type' | 'id'>): Promise<void> {
    if (ref.type === DestinationType.HANGUP) {
      if (ref.id) throw DestinationErrors.create('INVALID', 'destination: HANGUP takes no id', { type: ref.type });
      return;
    }
    if (!ref.id) {
      throw DestinationErrors.create('INVALID', `destination: ${ref.type} needs an id`, { type: ref.type });
    }
    const node = nodes.get(ref.type);
    if (!node) {
      throw DestinationErrors.create('INVALID', `destination: ${ref.type} is not available`, { type: ref.type });
    }
    if (!(await node.exists(em, ref.id))) {
      throw DestinationErrors.create('NOT_FOUND', `destination: no ${labelOf(ref.type)} with id ${ref.id}`, {
        type: ref.type,
        id: ref.id,
      });
    }
  }
}

/** A path of node keys from `origin` back to itself, or null. Depth-first over the edges. */
function findCycle(edges: readonly DestinationEdge[], origin: DestinationNodeKey): string[] | null {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    const from = keyOf(edge.from);
    next.set(from, [...(next.get(from) ?? []), keyOf(edge.to)]);
  }
  const start = keyOf(origin);
  const visited = new Set<string>();
  const walk = (key: string, path: string[]): string[] | null => {
    for (const to of next.get(key) ?? []) {
      if (to === start) return [...path, to];
      if (visited.has(to)) continue;
      visited.add(to);
      const found = walk(to, [...path, to]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
}

export const destinationGraph = new DestinationGraphService();
