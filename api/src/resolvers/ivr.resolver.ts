import { Resolver } from 'type-graphql';
import { CreateIvrInput, Ivr, IvrFilter, UpdateIvrInput, ivrService } from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => Ivr)
export class IvrResolver extends createCrudResolver({
  type: Ivr,
  create: CreateIvrInput,
  update: UpdateIvrInput,
  filter: IvrFilter,
  service: ivrService,
  singular: 'ivr',
  plural: 'ivrs',
}) {}
