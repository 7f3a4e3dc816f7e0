import { NotNullConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../../common/domain-context.js';
import { inTransaction, translateConstraintError } from '../../common/transaction.js';
import { Permission } from '../../auth/permission.js';
import { User } from '../../auth/user.entity.js';
import { ContactDatabase } from '../contact-database.entity.js';
import { refuseAgents } from '../contact-access.js';
import type { CsvUpload } from './csv-upload.entity.js';
import type { ContactDatabaseImport, ImportContactDatabaseInput } from './contact-import.inputs.js';
import { planContactImport, type ContactImportPlan } from './contact-import.plan.js';
import { findContactProblems, rowIsValid } from './contact-import.validation.js';
import { ContactImportPhase, ImportProgress, PROGRESS_EVERY_ROWS } from './import-progress.js';
import { importProblems } from './import-problems.js';
import {
  PATTERNS_CTE,
  PATTERN_BINDINGS,
  normalizedPhones,
  phone,
  orderedUuid,
  present,
  stored,
  value,
} from './import-sql.js';
import { textArray } from '../../common/sql-array.js';
import { finishUpload, lockStagedUpload, rowRanges } from './staged-upload.js';
import { failedImport } from './import-failure.js';

/** Each column as contacts store it: phones normalized, other values trimmed, empty ones left out. */
function dataSql(plan: ContactImportPlan): string {
  const values = plan.columns.map((_column, index) =>
    plan.phones.includes(index) ? `nullif(${phone(index)}, '')` : stored(index),
  );
  return `jsonb_strip_nulls(jsonb_object(?::text[], array[${values.join(', ')}]))`;
}

/**
 * The rows of one batch to import. avoidDuplicates keeps the first row of each main phone:
 * within the batch by DISTINCT ON, across batches by the contacts already written (the
 * database is new, so they are this import's earlier rows).
 */
function batchSql(plan: ContactImportPlan): string {
  const rows = `select r.row_number, r.values, ${phone(plan.mainPhone)} as main_phone, n.*,
             ${rowIsValid(plan)} as valid
      from csv_upload_rows r, p, ${normalizedPhones(plan.phones)}
      where r.upload_id = ? and r.row_number >= ? and r.row_number < ?
      ${plan.skipWithoutPhone ? `and ${present(plan.mainPhone)}` : ''}`;
  if (!plan.avoidDuplicates) return rows;
  return `select distinct on (b.main_phone) b.* from (${rows}) b
      where not exists (select 1 from contacts c where c.database_id = ? and c.phone = b.main_phone)
      order by b.main_phone, b.row_number`;
}

async function insertBatch(
  em: EntityManager,
  upload: CsvUpload,
  database: ContactDatabase,
  plan: ContactImportPlan,
  [from, to]: [number, number],
  startedAt: Date,
): Promise<number> {
  const externalId = plan.externalId === null ? 'null' : `btrim(${value(plan.externalId)}, p.ws)`;
  // An invalid row gets no phone, which contacts.phone (not null) refuses: the insert fails on
  // the first bad row, without a separate pass to check the rows first. (Its values are left
  // out too: one could be too long for its column, a failure that would say nothing.)
  // Materialized: inlined, the validity check would run once for each use of r.valid.
  const sql = `with ${PATTERNS_CTE}, batch as materialized (${batchSql(plan)})
    insert into contacts (id, database_id, phone, external_id, data)
    select ${orderedUuid(startedAt, 'r.row_number')}, ?, case when r.valid then r.main_phone end,
           case when r.valid then ${externalId} end, case when r.valid then ${dataSql(plan)} end
    from batch r, p`;
  const bindings: unknown[] = [...PATTERN_BINDINGS, upload.id, from, to];
  if (plan.avoidDuplicates) bindings.push(database.id);
  bindings.push(database.id, textArray(plan.columns));
  const { affectedRows } = await em.execute<{ affectedRows: number }>(sql, bindings, 'run');
  return affectedRows;
}

/** Rows the import cannot take: the transaction is rolled back, then findContactProblems says where. */
class RowsRefused extends Error {
  constructor(
    readonly plan: ContactImportPlan,
    cause?: unknown,
  ) {
    super('rows refused', { cause });
  }
}

async function importRows(
  context: DomainContext,
  input: ImportContactDatabaseInput,
  progressFor: (upload: CsvUpload) => ImportProgress,
): Promise<ContactDatabaseImport> {
  return inTransaction(context, 'Contact database', async ({ em, viewer }) => {
    const startedAt = new Date();
    const upload = await lockStagedUpload(em, viewer, input.uploadId);
    const progress = progressFor(upload);
    progress.phase(ContactImportPhase.VALIDATING, 0);
    const plan = planContactImport(upload, input);
    // Created first, so that a name already taken is refused before the long work.
    const createdBy = em.getReference(User, viewer.userId);
    const database = Object.assign(new ContactDatabase(), { name: input.name, createdBy }, plan.structure);
    await em.persist(database).flush();
    progress.target(database.id);
    progress.phase(ContactImportPhase.IMPORTING, 0);
    let imported = 0;
    for (const range of rowRanges(upload, PROGRESS_EVERY_ROWS)) {
      imported += await insertBatch(em, upload, database, plan, range, startedAt).catch((error: unknown) => {
        // A row that is not valid (see dataSql), or a repeated external id (the unique index).
        const refused =
          error instanceof NotNullConstraintViolationException || error instanceof UniqueConstraintViolationException;
        throw refused ? new RowsRefused(plan, error) : error;
      });
      progress.rows(ContactImportPhase.IMPORTING, imported);
    }
    database.contactCount = imported;
    await finishUpload(em, upload, imported);
    await em.flush();
    return { database, imported, skipped: upload.rowCount - imported };
  });
}

/** The problems of refused rows, found once nothing is written any more. */
async function explainRefusal(context: DomainContext, uploadId: string, refusal: RowsRefused): Promise<unknown> {
  const { problems, total } = await findContactProblems(context.em.fork(), uploadId, refusal.plan);
  if (problems.length > 0) return importProblems('INVALID_DATA', problems, total);
  return refusal.cause ? translateConstraintError(refusal.cause, 'Contact') : refusal;
}

/**
 * Creates a contact database from a staged upload, all or nothing, in one transaction: the
 * rows are checked set-based in SQL and inserted from the staged rows with the database,
 * normalized as the contacts service stores them. Any bad row fails the whole import with up
 * to MAX_PROBLEMS problems by row and column. Progress is published as it goes.
 */
export async function importContactDatabase(
  context: DomainContext,
  input: ImportContactDatabaseInput,
): Promise<ContactDatabaseImport> {
  context.viewer.require(Permission.CONTACTS_MANAGE);
  refuseAgents(context.viewer, 'import contact databases');
  // Known once the upload is found inside the transaction.
  const started: { progress: ImportProgress | null } = { progress: null };
  try {
    const result = await importRows(context, input, (upload) => {
      started.progress = new ImportProgress(context.events, upload.id, upload.ownerId, upload.rowCount);
      return started.progress;
    });
    started.progress?.phase(ContactImportPhase.DONE, result.imported);
    return result;
  } catch (error) {
    const explained = error instanceof RowsRefused ? await explainRefusal(context, input.uploadId, error) : error;
    throw failedImport(started.progress, explained);
  }
}
