import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, notFound } from '../../common/domain-error.js';
import { Permission } from '../../auth/permission.js';
import type { Viewer } from '../../auth/viewer.js';
import { CsvUpload, CsvUploadStatus } from './csv-upload.entity.js';
import { CsvImportErrors, importProblems, type ImportProblem } from './import-problems.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The viewer's staged upload, locked for the import's transaction (two imports of one upload
 * run one after the other; the second finds it imported). Another user's upload, or an
 * expired one, is NOT_FOUND: uploads are private to their uploader.
 */
export async function lockStagedUpload(em: EntityManager, viewer: Viewer, uploadId: string): Promise<CsvUpload> {
  const upload = UUID.test(uploadId)
    ? await em.findOne(CsvUpload, { id: uploadId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (!upload || upload.ownerId !== viewer.userId || upload.expiresAt.getTime() < Date.now()) {
    throw notFound('Upload', uploadId);
  }
  if (upload.status === CsvUploadStatus.IMPORTED) {
    throw CsvImportErrors.create('ALREADY_IMPORTED', `Upload ${uploadId} was already imported; upload the file again`, {
      uploadId,
    });
  }
  return upload;
}

/**
 * Who may follow an upload's progress (which names the database it fills): its uploader, and
 * CAMPAIGNS_ALL, who reaches every database anyway. Not other contact managers.
 */
export function mayFollowUpload(viewer: Viewer, ownerId: string): boolean {
  return ownerId === viewer.userId || viewer.can(Permission.CAMPAIGNS_ALL);
}

/** The upload a progress subscription starts from; null when it does not exist (yet: ids may be chosen first). */
export async function followedUpload(em: EntityManager, viewer: Viewer, uploadId: string): Promise<CsvUpload | null> {
  const upload = UUID.test(uploadId) ? await em.findOne(CsvUpload, { id: uploadId.toLowerCase() }) : null;
  if (upload && !mayFollowUpload(viewer, upload.ownerId)) {
    throw CommonErrors.create('FORBIDDEN', 'Only the uploader may follow this upload', { uploadId });
  }
  return upload;
}

/** Column positions of the named columns, in order; UNKNOWN_COLUMN listing every missing one. */
export function columnPositions(upload: CsvUpload, named: ReadonlyArray<{ field: string; column: string }>): number[] {
  const problems: ImportProblem[] = [];
  const positions = named.map(({ field, column }) => {
    const position = upload.columns.indexOf(column.trim());
    if (position === -1) {
      problems.push({
        row: null,
        column: column.trim(),
        message: `${field}: the file has no such column (its columns: ${upload.columns.join(', ')})`,
      });
    }
    return position;
  });
  if (problems.length > 0) throw importProblems('UNKNOWN_COLUMN', problems);
  return positions;
}

/** Rows numbers from..to-1 of each batch: ranges of file lines, which the primary key serves. */
export function* rowRanges(upload: CsvUpload, size: number): Generator<[number, number]> {
  for (let from = 2; from <= upload.lastRow; from += size) yield [from, from + size];
}

/** The import is written: the staged rows go, the record stays (for progress snapshots) until it expires. */
export async function finishUpload(em: EntityManager, upload: CsvUpload, importedCount: number): Promise<void> {
  await em.execute('delete from csv_upload_rows where upload_id = ?', [upload.id]);
  upload.status = CsvUploadStatus.IMPORTED;
  upload.importedCount = importedCount;
}
