import type { DomainContext } from '../../common/domain-context.js';
import { Permission } from '../../auth/permission.js';
import { refuseAgents } from '../contact-access.js';
import { findDatabase } from '../contact-database.service.js';
import { safeFileName, type CsvExport } from './csv-export.js';
import { contactPages } from './contact-pages.js';
import { exportCell } from './export-cell.js';

/**
 * A contact database as CSV: its columns in their order (the external id column among them),
 * one row per contact in creation order; a file that imports back into the same structure.
 * Agents never export: they see contacts one campaign at a time, without hidden fields.
 */
export async function openContactDatabaseExport(context: DomainContext, databaseId: string): Promise<CsvExport> {
  refuseAgents(context.viewer, 'export contact databases');
  context.viewer.require(Permission.CONTACTS_READ);
  const database = await findDatabase(context.em, context.viewer, databaseId);
  const { columns } = database;
  const phones = new Set(database.phoneColumns);
  return {
    fileName: safeFileName('contacts', database.name),
    header: columns.map((column) => exportCell(column)),
    async *rows() {
      const pages = contactPages<{ data: Record<string, string> }>(context.em, { databaseId, select: 'c.data' });
      for await (const page of pages) {
        for (const { data } of page) yield columns.map((column) => exportCell(data[column] ?? '', phones.has(column)));
      }
    },
  };
}
