import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizePhone, openDatabase, type Orm } from '@switchboard/schema';
import { PATTERNS_CTE, PATTERN_BINDINGS, isPhone } from '../../schema/src/contacts/import/import-sql.js';
import { testEnvironment } from '../support/api-harness.js';

let orm: Orm;

beforeAll(async () => {
  orm = await openDatabase(testEnvironment().DATABASE_URL);
});
afterAll(() => orm.close(true));

const SAMPLES = [
  '5551234',
  '+54 9 (11) 5555-1234',
  '011 4444.0002',
  '  +1 555 000 0001  ',
  '12',
  '123',
  '+12',
  '+123',
  `${'9'.repeat(20)}`,
  `+${'9'.repeat(20)}`,
  '9'.repeat(21),
  '55+51234',
  '555-12x4',
  'call me',
  '',
  '---',
  '+',
  '++5551234',
  '5551234\u00a0',
  '\u2003555\u20091234\u3000',
  '555\u200b1234',
  '555\t1234\r\n',
  '\ufeff5551234',
  '５５５1234',
  '٥٥٥1234',
];

describe('the phone rule in SQL', () => {
  it('normalizes and accepts exactly what normalizePhone does', async () => {
    const rows = await orm.em.fork().execute<Array<{ value: string; phone: string | null }>>(
      `with ${PATTERNS_CTE}
       select v.value, case when ${isPhone('n.compact')} then n.compact end as phone
       from p, jsonb_array_elements_text(?::jsonb) as v(value),
            lateral (select regexp_replace(v.value, p.separators, '', 'g') as compact) n`,
      [...PATTERN_BINDINGS, JSON.stringify(SAMPLES)],
    );
    expect(rows.map((row) => [row.value, row.phone])).toEqual(SAMPLES.map((value) => [value, normalizePhone(value)]));
  });
});
