import { FlushMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CrudService, requireReference } from '../common/crud.service.js';
import { invalidInput } from '../common/domain-error.js';
import type { DomainContext } from '../common/domain-context.js';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import { Form } from '../forms/form.entity.js';
import { CampaignErrors } from '../campaigns/campaign.errors.js';
import { campaignScope } from '../campaigns/campaign-scope.js';
import { findManagedCampaign, refuseDeleted } from '../campaigns/campaign-access.js';
import { Disposition } from './disposition.entity.js';
import { DispositionChange } from './disposition-change.entity.js';
import { DispositionOption, DispositionType } from './disposition-option.entity.js';
import type {
  CreateDispositionOptionInput,
  DispositionOptionFilter,
  UpdateDispositionOptionInput,
} from './disposition-option.inputs.js';

/** Options of the campaigns the viewer sees; agents are never offered hidden ones. */
export function dispositionOptionScope(viewer: Viewer): FilterQuery<DispositionOption> {
  const campaigns = campaignScope(viewer);
  return {
    ...(Object.keys(campaigns).length > 0 ? { campaign: campaigns } : {}),
    ...(viewer.isAgent ? { hidden: false } : {}),
  };
}

/** ENGAGED opens a form (a "gestión"); the other types record an outcome only. */
function validateForm(option: DispositionOption): void {
  if (option.type === DispositionType.ENGAGED && !option.form) {
    throw invalidInput('formId', 'ENGAGED options need the form agents fill in');
  }
  if (option.type !== DispositionType.ENGAGED && option.form) {
    throw invalidInput('formId', `${option.type} options take no form`);
  }
}

async function assertNameFree(em: EntityManager, option: DispositionOption): Promise<void> {
  const taken = await em.count(
    DispositionOption,
    { campaign: option.campaign, name: option.name, id: { $ne: option.id } },
    { flushMode: FlushMode.COMMIT },
  );
  if (taken > 0) {
    throw CampaignErrors.create(
      'DISPOSITION_OPTION_NAME_TAKEN',
      `name: the campaign already has an option ${option.name}`,
      {
        field: 'name',
        name: option.name,
      },
    );
  }
}

/** Dispositions (and their history) point at their option; changing what it means would rewrite them. */
async function assertUnused(em: EntityManager, option: DispositionOption, change: string): Promise<void> {
  const uses =
    (await em.count(Disposition, { option }, { flushMode: FlushMode.COMMIT })) +
    (await em.count(DispositionChange, { option }, { flushMode: FlushMode.COMMIT }));
  if (uses > 0) {
    throw CampaignErrors.create(
      'DISPOSITION_OPTION_IN_USE',
      `Disposition option ${option.name} is used by ${uses} dispositions: you cannot ${change} it; hide it instead (hidden: true)`,
      { optionId: option.id, uses },
    );
  }
}

async function optionalForm(em: EntityManager, formId: string | null | undefined): Promise<Form | null> {
  return formId ? requireReference(em, Form, formId, 'formId') : null;
}

async function applyUpdate(
  { em }: DomainContext,
  option: DispositionOption,
  input: UpdateDispositionOptionInput,
): Promise<void> {
  const typeChanges = input.type != null && input.type !== option.type;
  const formChanges = input.formId !== undefined && (input.formId ?? null) !== (option.form?.id ?? null);
  if (typeChanges || formChanges) await assertUnused(em, option, 'change the type or form of');
  if (input.name != null) option.name = input.name;
  if (input.type != null) option.type = input.type;
  if (input.hidden != null) option.hidden = input.hidden;
  if (input.position != null) option.position = input.position;
  if (formChanges) option.form = await optionalForm(em, input.formId);
}

export const dispositionOptionService = new CrudService<
  DispositionOption,
  CreateDispositionOptionInput,
  UpdateDispositionOptionInput,
  DispositionOptionFilter
>({
  entity: DispositionOption,
  label: 'Disposition option',
  read: Permission.CAMPAIGNS_READ,
  manage: Permission.CAMPAIGNS_MANAGE,
  populate: ['campaign', 'form'],
  scope: ({ viewer }) => dispositionOptionScope(viewer),
  where: (filter) => ({
    ...(filter.campaignId ? { campaign: filter.campaignId } : {}),
    ...(filter.hidden != null ? { hidden: filter.hidden } : {}),
  }),
  create: async (context, input) => {
    const { em } = context;
    const option = new DispositionOption();
    option.campaign = await findManagedCampaign(context, input.campaignId, { field: 'campaignId' });
    option.name = input.name;
    option.type = input.type;
    option.form = await optionalForm(em, input.formId);
    option.hidden = input.hidden ?? false;
    option.position = input.position ?? (await em.count(DispositionOption, { campaign: option.campaign }));
    validateForm(option);
    await assertNameFree(em, option);
    return option;
  },
  update: async (context, option, input) => {
    refuseDeleted(option.campaign);
    await applyUpdate(context, option, input);
    validateForm(option);
    await assertNameFree(context.em, option);
  },
  beforeDelete: async ({ em }, option) => {
    refuseDeleted(option.campaign);
    await assertUnused(em, option, 'delete');
  },
});
