import { DomainError } from '../../common/domain-error.js';
import { ContactImportPhase, type ImportProgress } from './import-progress.js';

/** Publishes FAILED for an import that started (its upload was found), and returns the error. */
export function failedImport(progress: ImportProgress | null, error: unknown): unknown {
  if (progress) {
    const count = error instanceof DomainError ? (error.details['problemCount'] as number | undefined) : undefined;
    progress.phase(ContactImportPhase.FAILED, 0, count ?? null);
  }
  return error;
}
