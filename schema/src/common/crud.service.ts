import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Permission } from '../auth/permission.js';
import type { DomainContext } from './domain-context.js';
import { CommonErrors, notFound } from './domain-error.js';
import { inTransaction } from './transaction.js';
import { listPage } from './list-query.js';
import type { Page, PageArgs } from './pagination.js';

/**
 * What a domain says about one of its entities; CrudService turns it into list, get, create,
 * update and delete with permission checks, visibility scope, and constraint errors mapped to
 * CONFLICT. Domain rules go in the hooks, never in the transports.
 */
export interface CrudRules<T extends { id: string }, Create, Update, Filter> {
  entity: EntityClass<T>;
  /** Human name used in messages, e.g. "Agent group". */
  label: string;
  read: Permission | Permission[];
  manage: Permission;
  /** Relations to load with each row, e.g. ['role', 'agentProfile.group']. */
  populate?: readonly string[];
  /** Rows this viewer may see at all; default everything. */
  scope?(context: DomainContext): FilterQuery<T> | Promise<FilterQuery<T>>;
  where?(filter: Filter, context: DomainContext): FilterQuery<T> | Promise<FilterQuery<T>>;
  create(context: DomainContext, input: Create): T | Promise<T>;
  update(context: DomainContext, entity: T, input: Update): void | Promise<void>;
  /** Throws to refuse; runs inside the delete transaction. */
  beforeDelete?(context: DomainContext, entity: T): void | Promise<void>;
  /** Soft delete instead of removing the row. */
  softDelete?(context: DomainContext, entity: T): void | Promise<void>;
  /** Runs after a create or update, inside the transaction, e.g. for checks across rows. */
  afterWrite?(context: DomainContext, entity: T): void | Promise<void>;
}

export class CrudService<T extends { id: string }, Create, Update, Filter> {
  constructor(readonly rules: CrudRules<T, Create, Update, Filter>) {}

  private requireRead(context: DomainContext): void {
    const read = Array.isArray(this.rules.read) ? this.rules.read : [this.rules.read];
    context.viewer.requireAny(...read);
  }

  private async visible(context: DomainContext, extra: FilterQuery<T> = {} as FilterQuery<T>): Promise<FilterQuery<T>> {
    const scope = this.rules.scope ? await this.rules.scope(context) : ({} as FilterQuery<T>);
    return { $and: [scope, extra] } as FilterQuery<T>;
  }

  async list(context: DomainContext, filter: Filter | null | undefined, page: PageArgs): Promise<Page<T>> {
    this.requireRead(context);
    const where = filter && this.rules.where ? await this.rules.where(filter, context) : ({} as FilterQuery<T>);
    return listPage(context.em, this.rules.entity, await this.visible(context, where), page, {
      populate: this.rules.populate,
    } as never);
  }

  async get(context: DomainContext, id: string): Promise<T> {
    this.requireRead(context);
    return this.load(context, context.em, id);
  }

  private async load(context: DomainContext, em: EntityManager, id: string): Promise<T> {
    const where = await this.visible(context, { id } as FilterQuery<T>);
    const entity = await em.findOne(this.rules.entity, where, { populate: this.rules.populate } as never);
    if (!entity) throw notFound(this.rules.label, id);
    return entity as T;
  }

  async create(context: DomainContext, input: Create): Promise<T> {
    context.viewer.require(this.rules.manage);
    return this.write(context, async (scoped) => {
      const entity = await this.rules.create(scoped, input);
      scoped.em.persist(entity);
      await scoped.em.flush();
      await this.rules.afterWrite?.(scoped, entity);
      return entity;
    });
  }

  async update(context: DomainContext, id: string, input: Update): Promise<T> {
    context.viewer.require(this.rules.manage);
    return this.write(context, async (scoped) => {
      const entity = await this.load(scoped, scoped.em, id);
      await this.rules.update(scoped, entity, input);
      await scoped.em.flush();
      await this.rules.afterWrite?.(scoped, entity);
      return entity;
    });
  }

  async delete(context: DomainContext, id: string): Promise<T> {
    context.viewer.require(this.rules.manage);
    return this.write(context, async (scoped) => {
      const entity = await this.load(scoped, scoped.em, id);
      await this.rules.beforeDelete?.(scoped, entity);
      if (this.rules.softDelete) await this.rules.softDelete(scoped, entity);
      else scoped.em.remove(entity);
      await scoped.em.flush();
      return entity;
    });
  }

  private write<R>(context: DomainContext, work: (scoped: DomainContext) => Promise<R>): Promise<R> {
    return inTransaction(context, this.rules.label, work);
  }
}

/** Copies the fields an update input sets (undefined = leave as is) onto an entity. */
export function assignDefined<T extends object>(target: T, input: object): void {
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
}

/** A referenced row, by id, or a NOT_FOUND naming the input field. */
export async function requireReference<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  field: string,
): Promise<T> {
  const found = await em.findOne(entity, { id } as FilterQuery<T>);
  if (!found) throw CommonErrors.create('NOT_FOUND', `${field}: no ${entity.name} with id ${id}`, { field, id });
  return found;
}
