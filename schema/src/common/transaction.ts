import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from './domain-context.js';
import { ForeignKeyConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { CommonErrors } from './domain-error.js';

/**
 * Runs a command in one transaction, so that nothing is half-written when it fails; constraint
 * violations become CONFLICT naming the constraint, as in CrudService.
 */
export async function inTransaction<R>(
  context: DomainContext,
  label: string,
  work: (scoped: DomainContext) => Promise<R>,
): Promise<R> {
  try {
    return await context.em.transactional((em) => work({ ...context, em: em as EntityManager }));
  } catch (error) {
    throw translateConstraintError(error, label);
  }
}

export function translateConstraintError(error: unknown, label: string): unknown {
  if (error instanceof UniqueConstraintViolationException) {
    const constraint = (error as { constraint?: string }).constraint ?? null;
    return CommonErrors.create('CONFLICT', `${label} already exists with the same unique value`, { constraint });
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    const constraint = (error as { constraint?: string }).constraint ?? null;
    return CommonErrors.create('CONFLICT', `${label} is in use or refers to a missing record`, { constraint });
  }
  return error;
}
