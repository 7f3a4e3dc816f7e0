import { FieldResolver, Resolver, Root } from 'type-graphql';
import {
  CreateDispositionOptionInput,
  DispositionOption,
  DispositionOptionFilter,
  Form,
  UpdateDispositionOptionInput,
  dispositionOptionService,
  loadRelated,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => DispositionOption)
export class DispositionOptionResolver extends createCrudResolver({
  type: DispositionOption,
  create: CreateDispositionOptionInput,
  update: UpdateDispositionOptionInput,
  filter: DispositionOptionFilter,
  service: dispositionOptionService,
  singular: 'dispositionOption',
  plural: 'dispositionOptions',
}) {
  @FieldResolver(() => Form, { nullable: true })
  form(@Root() option: DispositionOption) {
    return loadRelated(option.form);
  }
}
