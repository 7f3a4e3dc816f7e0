import { Resolver } from 'type-graphql';
import {
  CallerIdentification,
  CallerIdentificationFilter,
  CreateCallerIdentificationInput,
  UpdateCallerIdentificationInput,
  callerIdentificationService,
} from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => CallerIdentification)
export class CallerIdentificationResolver extends createCrudResolver({
  type: CallerIdentification,
  create: CreateCallerIdentificationInput,
  update: UpdateCallerIdentificationInput,
  filter: CallerIdentificationFilter,
  service: callerIdentificationService,
  singular: 'callerIdentification',
  plural: 'callerIdentifications',
}) {}
