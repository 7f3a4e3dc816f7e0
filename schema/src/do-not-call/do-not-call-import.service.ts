import type { EntityManager } from '@mikro-orm/postgresql';
import { phoneKeySql } from '../common/phone.js';
import type { DomainContext } from '../common/domain-context.js';
import { Permission } from '../auth/permission.js';
import type { CsvUpload } from '../contacts/import/csv-upload.entity.js';
import { failedImport } from '../contacts/import/import-failure.js';
import { ContactImportPhase, ImportProgress, PROGRESS_EVERY_ROWS } from '../contacts/import/import-progress.js';
import { MAX_PROBLEMS, importProblems, type ImportProblem } from '../contacts/import/import-problems.js';
import {
  PATTERNS_CTE,
  PATTERN_BINDINGS,
  isPhone,
  normalizedPhones,
  phone,
  present,
  quotedValue,
  value,
} from '../contacts/import/import-sql.js';
import { columnPositions, finishUpload, lockStagedUpload, rowRanges } from '../contacts/import/staged-upload.js';
import { lockedList } from './do-not-call-number.service.js';
import type { DoNotCallNumbersAdded } from './do-not-call.payloads.js';
import type { ImportDoNotCallNumbersInput } from './do-not-call-import.inputs.js';

/** addDoNotCallNumbers's rule, set-based: every value must be a number (an empty cell is not). */
async function findNumberProblems(em: EntityManager, upload: CsvUpload, column: number) {
  const rows = await em.execute<Array<{ row: number; message: string; total: string }>>(
    `with ${PATTERNS_CTE}
     select r.row_number as row, count(*) over () as total,
       case when not ${present(column)} then 'is empty'
            else ${quotedValue(value(column))} || ' is not a phone number' end as message
     from csv_upload_rows r, p, ${normalizedPhones([column])}
     where r.upload_id = ? and not ${isPhone(phone(column))}
     order by r.row_number limit ${MAX_PROBLEMS}`,
    [...PATTERN_BINDINGS, upload.id],
  );
  const name = upload.columns[column]!;
  const problems: ImportProblem[] = rows.map(({ row, message }) => ({ row, column: name, message }));
  return { problems, total: rows.length > 0 ? Number(rows[0]!.total) : 0 };
}

/** Numbers already on the list, or repeated in the file, are ignored, as by addDoNotCallNumbers. */
async function insertNumbers(em: EntityManager, upload: CsvUpload, listId: string, column: number, range: number[]) {
  const { affectedRows } = await em.execute<{ affectedRows: number }>(
    `with ${PATTERNS_CTE}
     insert into do_not_call_numbers (id, list_id, phone)
     select gen_random_uuid(), ?, ${phoneKeySql(phone(column))}
     from csv_upload_rows r, p, ${normalizedPhones([column])}
     where r.upload_id = ? and r.row_number >= ? and r.row_number < ?
     on conflict (list_id, phone) do nothing`,
    [...PATTERN_BINDINGS, listId, upload.id, range[0], range[1]],
    'run',
  );
  return affectedRows;
}

async function importNumbers(
  context: DomainContext,
  input: ImportDoNotCallNumbersInput,
  progressFor: (upload: CsvUpload) => ImportProgress,
): Promise<DoNotCallNumbersAdded> {
  return context.em.transactional(async (em) => {
    const upload = await lockStagedUpload(em, context.viewer, input.uploadId);
    const progress = progressFor(upload);
    const [column] = columnPositions(upload, [{ field: 'phoneColumn', column: input.phoneColumn }]);
    const list = await lockedList(em, input.listId);
    progress.target(list.id);
    progress.phase(ContactImportPhase.VALIDATING, 0);
    const { problems, total } = await findNumberProblems(em, upload, column!);
    if (problems.length > 0) throw importProblems('INVALID_DATA', problems, total);
    progress.phase(ContactImportPhase.IMPORTING, 0);
    let added = 0;
    for (const range of rowRanges(upload, PROGRESS_EVERY_ROWS)) {
      added += await insertNumbers(em, upload, list.id, column!, range);
      progress.rows(ContactImportPhase.IMPORTING, added);
    }
    list.numberCount += added;
    await finishUpload(em, upload, added);
    await em.flush();
    return { list, added, ignored: upload.rowCount - added };
  });
}

/**
 * Adds a staged upload's numbers to a do-not-call list, all or nothing: one invalid value
 * fails the import with up to MAX_PROBLEMS problems by row; numbers are stored in phoneKey's
 * form as addDoNotCallNumbers stores them, and numberCount stays exact (the list is locked).
 */
export async function importDoNotCallNumbers(
  context: DomainContext,
  input: ImportDoNotCallNumbersInput,
): Promise<DoNotCallNumbersAdded> {
  context.viewer.require(Permission.DO_NOT_CALL_MANAGE);
  // Known once the upload is found inside the transaction.
  const started: { progress: ImportProgress | null } = { progress: null };
  try {
    const result = await importNumbers(context, input, (upload) => {
      started.progress = new ImportProgress(context.events, upload.id, upload.ownerId, upload.rowCount);
      return started.progress;
    });
    started.progress?.phase(ContactImportPhase.DONE, result.added);
    return result;
  } catch (error) {
    throw failedImport(started.progress, error);
  }
}
