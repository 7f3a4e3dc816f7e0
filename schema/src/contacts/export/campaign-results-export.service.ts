import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../../common/domain-context.js';
import { invalidInput } from '../../common/domain-error.js';
import { Permission } from '../../auth/permission.js';
import type { Campaign } from '../../campaigns/campaign.entity.js';
import { findVisibleCampaign } from '../../campaigns/campaign-access.js';
import { DispositionOption, DispositionType } from '../../dispositions/disposition-option.entity.js';
import { refuseAgents } from '../contact-access.js';
import { safeFileName, type CsvExport } from './csv-export.js';
import { contactPages } from './contact-pages.js';
import { cellText, exportCell } from './export-cell.js';

/** What the campaign recorded about each contact, after the database columns. */
const RESULT_COLUMNS = ['disposition', 'disposition_type', 'agent', 'disposition_time', 'disposition_comment'];

interface ResultRow {
  data: Record<string, string>;
  option_name: string | null;
  option_type: DispositionType | null;
  agent_username: string | null;
  disposed_at: string | Date | null;
  comment: string | null;
  answers: Record<string, unknown> | null;
}

/** Fields of the forms of the campaign's ENGAGED options, in option then field order, each name once. */
async function engagedFormFields(em: EntityManager, campaign: Campaign): Promise<string[]> {
  const options = await em.find(
    DispositionOption,
    { campaign, type: DispositionType.ENGAGED },
    { populate: ['form.fields'], orderBy: { position: 'asc', createdAt: 'asc' } },
  );
  const names = new Set<string>();
  for (const option of options) for (const field of option.form?.fields.getItems() ?? []) names.add(field.name);
  return [...names];
}

/** Header names, the later of two equal ones suffixed (_2, _3...) so that every column can be told apart. */
export function uniqueHeaders(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let index = 2; used.has(candidate); index += 1) candidate = `${name}_${index}`;
    used.add(candidate);
    return candidate;
  });
}

function resultCells(row: ResultRow, formFields: readonly string[]): string[] {
  const engaged = row.option_type === DispositionType.ENGAGED;
  return [
    row.option_name ?? '',
    row.option_type ?? '',
    row.agent_username ?? '',
    row.disposed_at ? new Date(row.disposed_at).toISOString() : '',
    row.comment ?? '',
    ...formFields.map((field) => (engaged ? cellText(row.answers?.[field]) : '')),
  ];
}

/**
 * The manual's "Resultados de Base" as CSV: every contact of the campaign's current database,
 * in creation order, with its current disposition in the campaign (empty when it has none):
 * option, type, agent username, time of the last change, comment, and the ENGAGED form answers
 * in one column per form field. For supervisors in scope (REPORTS_READ or CAMPAIGNS_MANAGE); a
 * deleted campaign keeps its results, a template has none.
 */
export async function openCampaignResultsExport(context: DomainContext, campaignId: string): Promise<CsvExport> {
  const { em, viewer } = context;
  refuseAgents(viewer, 'export campaign results');
  viewer.requireAny(Permission.REPORTS_READ, Permission.CAMPAIGNS_MANAGE);
  const campaign = await findVisibleCampaign(context, campaignId);
  if (campaign.isTemplate) throw invalidInput('id', `${campaign.name} is a template: templates have no results`);
  await em.populate(campaign, ['contactDatabase']);
  const database = campaign.contactDatabase;
  const columns = database?.columns ?? [];
  const phones = new Set(database?.phoneColumns ?? []);
  const formFields = await engagedFormFields(em, campaign);
  return {
    fileName: safeFileName('results', campaign.name),
    header: uniqueHeaders([...columns, ...RESULT_COLUMNS, ...formFields]).map((name) => exportCell(name)),
    async *rows() {
      if (!database) return;
      const pages = contactPages<ResultRow>(em, {
        databaseId: database.id,
        select: `c.data, o.name as option_name, o.type as option_type, u.username as agent_username,
                 d.updated_at as disposed_at, d.comment, d.answers`,
        joins: `left join dispositions d on d.contact_id = c.id and d.campaign_id = ?
                left join disposition_options o on o.id = d.option_id
                left join users u on u.id = d.agent_id`,
        joinParams: [campaign.id],
      });
      for await (const page of pages) {
        for (const row of page) {
          const contactCells = columns.map((column) => exportCell(row.data[column] ?? '', phones.has(column)));
          yield [...contactCells, ...resultCells(row, formFields).map((cell) => exportCell(cell))];
        }
      }
    },
  };
}
