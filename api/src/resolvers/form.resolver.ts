import { FieldResolver, Resolver, Root } from 'type-graphql';
import { CreateFormInput, Form, FormField, FormFilter, UpdateFormInput, formService } from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => Form)
export class FormResolver extends createCrudResolver({
  type: Form,
  create: CreateFormInput,
  update: UpdateFormInput,
  filter: FormFilter,
  service: formService,
  singular: 'form',
  plural: 'forms',
}) {
  // Forms also arrive through disposition options, unpopulated: load their fields in batches.
  @FieldResolver(() => [FormField], { description: 'In order.' })
  async fields(@Root() form: Form) {
    await form.fields.load({ dataloader: true });
    return form.fields.getItems();
  }
}
