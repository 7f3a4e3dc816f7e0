import {
  Cursor,
  type EntityManager,
  type EntityName,
  type FilterQuery,
  type FindByCursorOptions,
  type QueryOrderMap,
} from '@mikro-orm/core';
import { invalidInput } from './domain-error.js';
import type { Page, PageArgs } from './pagination.js';

/**
 * Keyset pagination over any entity, ordered by a stable key (creation time, then id), so a
 * page is the same whatever is inserted meanwhile.
 */
export async function listPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: PageArgs,
  options: Omit<FindByCursorOptions<T, never>, 'first' | 'after' | 'orderBy'> & { orderBy?: QueryOrderMap<T> } = {},
): Promise<Page<T>> {
  const orderBy = options.orderBy ?? ({ createdAt: 'asc', id: 'asc' } as QueryOrderMap<T>);
  if (page.after) assertCursor(page.after);
  const cursor = await em.findByCursor(entity, where, {
    ...options,
    first: page.first,
    after: page.after ?? undefined,
    orderBy,
    includeCount: true,
  } as FindByCursorOptions<T, never>);
  return {
    nodes: cursor.items,
    totalCount: cursor.totalCount ?? cursor.items.length,
    pageInfo: {
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
      hasNextPage: cursor.hasNextPage ?? false,
      hasPreviousPage: cursor.hasPrevPage ?? false,
    },
  };
}

function assertCursor(after: string): void {
  let decoded: unknown;
  try {
    decoded = Cursor.decode(after);
  } catch {
    decoded = null;
  }
  if (!Array.isArray(decoded)) throw invalidInput('after', 'is not a cursor returned by this list');
}
