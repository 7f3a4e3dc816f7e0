import type { FilterQuery } from '@mikro-orm/core';
import { CrudService } from '../common/crud.service.js';
import type { DomainContext } from '../common/domain-context.js';
import { containsPattern } from '../common/filters.js';
import { Permission } from '../auth/permission.js';
import { campaignScope } from '../campaigns/campaign-scope.js';
import { DispositionOption } from '../dispositions/disposition-option.entity.js';
import { Form } from './form.entity.js';
import { FormErrors } from './form.errors.js';
import { replaceFormFields } from './form-fields.js';
import type { CreateFormInput, FormFilter, UpdateFormInput } from './form.inputs.js';

/**
 * Form managers see every form (forms are shared configuration, built before campaigns use
 * them); everyone else, agents included, sees the forms of the campaigns they may see.
 */
async function formScope({ em, viewer }: DomainContext): Promise<FilterQuery<Form>> {
  if (viewer.can(Permission.FORMS_MANAGE) && !viewer.isAgent) return {};
  const options = await em.find(
    DispositionOption,
    { form: { $ne: null }, campaign: campaignScope(viewer) },
    // Partial rows stay out of the identity map, where they would pass for whole options.
    { fields: ['form'], disableIdentityMap: true },
  );
  return { id: { $in: [...new Set(options.map((option) => option.form!.id))] } };
}

export const formService = new CrudService<Form, CreateFormInput, UpdateFormInput, FormFilter>({
  entity: Form,
  label: 'Form',
  read: [Permission.FORMS_MANAGE, Permission.DISPOSITIONS_READ, Permission.DISPOSITIONS_WRITE],
  manage: Permission.FORMS_MANAGE,
  populate: ['fields'],
  scope: formScope,
  where: (filter) => (filter.nameContains ? { name: { $ilike: containsPattern(filter.nameContains) } } : {}),
  create: (_context, input) => {
    const form = new Form();
    form.name = input.name;
    form.description = input.description ?? null;
    replaceFormFields(form, input.fields ?? []);
    return form;
  },
  update: (_context, form, input) => {
    if (input.name) form.name = input.name;
    if (input.description !== undefined) form.description = input.description;
    if (input.fields) replaceFormFields(form, input.fields);
  },
  beforeDelete: async ({ em }, form) => {
    const options = await em.count(DispositionOption, { form });
    if (options > 0) {
      throw FormErrors.create('IN_USE', `Form ${form.name} is used by ${options} disposition options`, { options });
    }
  },
});
