import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from './domain-context.js';
import { translateConstraintError } from './crud.service.js';

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
