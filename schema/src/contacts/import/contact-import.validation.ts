import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContactImportPlan } from './contact-import.plan.js';
import { MAX_PROBLEMS, type ImportProblem } from './import-problems.js';
import {
  PATTERNS_CTE,
  PATTERN_BINDINGS,
  isPhone,
  normalizedPhones,
  phone,
  present,
  quotedValue,
  value,
} from './import-sql.js';

// The limits contactValues (contact-data.ts) applies to contacts created one at a time.
const MAX_VALUE = 2_000;
const MAX_EXTERNAL_ID = 128;

/**
 * Staged rows with what the checks need: the normalized main phone, the external id, and
 * whether each row is kept (avoidDuplicates keeps the first row of each main phone) and which
 * kept row first holds its external id. Rows without a main phone are left out when they are
 * to be skipped. Window functions cost a sort each, so they appear only when an option asks.
 */
function checkedRows(plan: ContactImportPlan): string {
  const main = plan.mainPhone;
  const externalId = plan.externalId === null ? 'null::text' : `btrim(${value(plan.externalId)}, p.ws)`;
  const kept = plan.avoidDuplicates
    ? 'row_number() over (partition by s.main_phone order by s.row_number) = 1'
    : 'true';
  const firstExternal =
    plan.externalId === null
      ? 'null::integer'
      : 'min(c.row_number) filter (where c.kept) over (partition by c.external_id)';
  return `staged as (
      select r.row_number, r.values, n.*, ${phone(main)} as main_phone, ${present(main)} as has_main,
             ${externalId} as external_id
      from csv_upload_rows r, p, ${normalizedPhones(plan.phones)} where r.upload_id = ?),
    considered as (
      select s.*, ${kept} as kept from staged s ${plan.skipWithoutPhone ? 'where s.has_main' : ''}),
    checked as (
      select c.*, ${firstExternal} as first_external_row from considered c)`;
}

/** One CASE per column: its first problem on the row, or null. */
function columnChecks(plan: ContactImportPlan, index: number): string {
  const cases: string[] = [];
  if (index === plan.mainPhone) {
    cases.push(`when not r.has_main then 'the main phone is required'`);
    cases.push(`when not ${isPhone('r.main_phone')} then ${quotedValue(value(index))} || ' is not a phone number'`);
  } else if (plan.phones.includes(index)) {
    cases.push(
      `when ${present(index)} and not ${isPhone(phone(index))}` +
        ` then ${quotedValue(value(index))} || ' is not a phone number'`,
    );
  }
  if (index === plan.externalId) {
    cases.push(`when r.external_id = '' then 'the external id is required'`);
    cases.push(`when length(r.external_id) > ${MAX_EXTERNAL_ID} then 'is longer than ${MAX_EXTERNAL_ID} characters'`);
    cases.push(
      `when r.kept and r.first_external_row < r.row_number` +
        ` then ${quotedValue('r.external_id')} || ' is also the external id of row ' || r.first_external_row`,
    );
  }
  // octet_length first: it is free, and no shorter text can be too long.
  cases.push(
    `when octet_length(${value(index)}) > ${MAX_VALUE} and length(btrim(${value(index)}, p.ws)) > ${MAX_VALUE}` +
      ` then 'is longer than ${MAX_VALUE} characters'`,
  );
  return `(${index}, ?, case ${cases.join(' ')} end)`;
}

/**
 * The checks of columnChecks that hold row by row, as one condition over a row with its
 * phones normalized by normalizedPhones: true when the row is fine. (Repeated external ids
 * are met by the unique index.)
 */
export function rowIsValid(plan: ContactImportPlan): string {
  const conditions = [`${present(plan.mainPhone)}`, isPhone(phone(plan.mainPhone))];
  for (const index of plan.phones.slice(1)) {
    conditions.push(`(not ${present(index)} or ${isPhone(phone(index))})`);
  }
  if (plan.externalId !== null) {
    const externalId = `btrim(${value(plan.externalId)}, p.ws)`;
    conditions.push(`${externalId} <> ''`, `length(${externalId}) <= ${MAX_EXTERNAL_ID}`);
  }
  plan.columns.forEach((_column, index) => {
    conditions.push(
      `(octet_length(${value(index)}) <= ${MAX_VALUE} or length(btrim(${value(index)}, p.ws)) <= ${MAX_VALUE})`,
    );
  });
  return conditions.join(' and ');
}

/**
 * Every row checked in one pass, as the contacts service checks one contact: phones, the
 * main phone, external ids (present, short, unique among the imported rows), value lengths.
 * Answers the first MAX_PROBLEMS problems by row and column, and how many there are.
 */
export async function findContactProblems(
  em: EntityManager,
  uploadId: string,
  plan: ContactImportPlan,
): Promise<{ problems: ImportProblem[]; total: number }> {
  const checks = plan.columns.map((_column, index) => columnChecks(plan, index));
  const sql = `with ${PATTERNS_CTE}, ${checkedRows(plan)}
    select r.row_number as row, x.column_name as column, x.message, count(*) over () as total
    from checked r cross join p cross join lateral (values ${checks.join(', ')}) as x(position, column_name, message)
    where x.message is not null
    order by r.row_number, x.position
    limit ${MAX_PROBLEMS}`;
  const rows = await em.execute<Array<{ row: number; column: string; message: string; total: string }>>(sql, [
    ...PATTERN_BINDINGS,
    uploadId,
    ...plan.columns,
  ]);
  const total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  return { problems: rows.map(({ row, column, message }) => ({ row, column, message })), total };
}
