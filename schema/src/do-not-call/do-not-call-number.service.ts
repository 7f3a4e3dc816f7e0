import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../common/domain-error.js';
import { containsPattern } from '../common/filters.js';
import { listPage } from '../common/list-query.js';
import { normalizePhone, phoneKey } from '../common/phone.js';
import type { DomainContext } from '../common/domain-context.js';
import type { Page, PageArgs } from '../common/pagination.js';
import { Permission } from '../auth/permission.js';
import { DoNotCallList } from './do-not-call-list.entity.js';
import { DoNotCallNumber } from './do-not-call-number.entity.js';
import { DoNotCallErrors } from './do-not-call.errors.js';
import { DO_NOT_CALL_READ } from './do-not-call-list.service.js';
import type { DoNotCallNumberFilter } from './do-not-call.inputs.js';
import type { DoNotCallNumbersAdded, DoNotCallNumbersRemoved, NumberBlockStatus } from './do-not-call.payloads.js';

/** Larger sets go through the CSV import (a later issue), not one GraphQL call. */
export const MAX_NUMBERS_PER_CALL = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every phone in its comparison form (phoneKey: lists hold numbers as they are compared),
 * distinct, or one error listing every invalid entry with its index: a batch is written whole
 * or not at all.
 */
export function phoneKeyBatch(phones: readonly string[]): string[] {
  if (phones.length > MAX_NUMBERS_PER_CALL) {
    throw DoNotCallErrors.create('TOO_MANY_PHONES', `phones: at most ${MAX_NUMBERS_PER_CALL} per call`, {
      field: 'phones',
      count: phones.length,
    });
  }
  const normalized = phones.map((phone) => phoneKey(phone));
  const invalid = normalized.flatMap((phone, index) => (phone === null ? [{ index, value: phones[index] }] : []));
  if (invalid.length > 0) {
    const indexes = invalid.map((entry) => entry.index).join(', ');
    throw DoNotCallErrors.create('INVALID_PHONES', `phones: not dialable numbers at index ${indexes}`, {
      field: 'phones',
      invalid,
    });
  }
  return [...new Set(normalized as string[])];
}

/** The list, locked so that concurrent batches keep numberCount exact. */
export async function lockedList(em: EntityManager, listId: string): Promise<DoNotCallList> {
  const list = UUID.test(listId)
    ? await em.findOne(DoNotCallList, { id: listId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (!list) throw notFound('Do-not-call list', listId);
  return list;
}

export async function addDoNotCallNumbers(
  context: DomainContext,
  listId: string,
  phones: readonly string[],
): Promise<DoNotCallNumbersAdded> {
  context.viewer.require(Permission.DO_NOT_CALL_MANAGE);
  const distinct = phoneKeyBatch(phones);
  return context.em.transactional(async (em) => {
    const list = await lockedList(em, listId);
    const { affectedRows } = await em.execute<{ affectedRows: number }>(
      `insert into do_not_call_numbers (id, list_id, phone)
       select gen_random_uuid(), ?, phone from jsonb_array_elements_text(?::jsonb) as phone
       on conflict (list_id, phone) do nothing`,
      [list.id, JSON.stringify(distinct)],
      'run',
    );
    list.numberCount += affectedRows;
    await em.flush();
    return { list, added: affectedRows, ignored: phones.length - affectedRows };
  });
}

export async function removeDoNotCallNumbers(
  context: DomainContext,
  listId: string,
  phones: readonly string[],
): Promise<DoNotCallNumbersRemoved> {
  context.viewer.require(Permission.DO_NOT_CALL_MANAGE);
  const distinct = phoneKeyBatch(phones);
  return context.em.transactional(async (em) => {
    const list = await lockedList(em, listId);
    const { affectedRows } = await em.execute<{ affectedRows: number }>(
      'delete from do_not_call_numbers where list_id = ? and phone in (select jsonb_array_elements_text(?::jsonb))',
      [list.id, JSON.stringify(distinct)],
      'run',
    );
    list.numberCount -= affectedRows;
    await em.flush();
    return { list, removed: affectedRows, notFound: distinct.length - affectedRows };
  });
}

/** A list's numbers in numeric-text order. */
export async function listDoNotCallNumbers(
  context: DomainContext,
  listId: string,
  filter: DoNotCallNumberFilter | null | undefined,
  page: PageArgs,
): Promise<Page<DoNotCallNumber>> {
  context.viewer.requireAny(...DO_NOT_CALL_READ);
  const list = UUID.test(listId) ? await context.em.findOne(DoNotCallList, { id: listId }) : null;
  if (!list) throw notFound('Do-not-call list', listId);
  const where: FilterQuery<DoNotCallNumber> = { list: list.id };
  // Stored without "+": a part typed with it still finds the number.
  const digits = filter?.phoneContains?.replace(/[\s\-.()+]/g, '');
  if (digits) where.phone = { $like: containsPattern(digits) };
  return listPage(context.em, DoNotCallNumber, where, page, { orderBy: { phone: 'asc', id: 'asc' } });
}

/**
 * The lists holding a number, by name; empty when it may be dialed. The dialer calls this
 * before every call, so it takes numbers as contacts hold them and compares them by phoneKey.
 * A value that is no phone number throws: no caller may read that as "not listed".
 */
export async function findBlockingLists(em: EntityManager, phone: string): Promise<DoNotCallList[]> {
  const key = phoneKey(phone);
  if (!key) {
    throw DoNotCallErrors.create('INVALID_PHONE', 'phone: is not a dialable number', { field: 'phone', value: phone });
  }
  const numbers = await em.find(DoNotCallNumber, { phone: key }, { populate: ['list'] });
  return numbers.map((number) => number.list).sort((a, b) => a.name.localeCompare(b.name));
}

export async function isNumberBlocked(context: DomainContext, phone: string): Promise<NumberBlockStatus> {
  context.viewer.requireAny(...DO_NOT_CALL_READ);
  const lists = await findBlockingLists(context.em, phone);
  return { phone: normalizePhone(phone)!, blocked: lists.length > 0, lists };
}
