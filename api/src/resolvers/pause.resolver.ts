import { Resolver } from 'type-graphql';
import { CreatePauseInput, Pause, PauseFilter, UpdatePauseInput, pauseService } from '@switchboard/schema';
import { createCrudResolver } from '../graphql/crud-resolver.js';

@Resolver(() => Pause)
export class PauseResolver extends createCrudResolver({
  type: Pause,
  create: CreatePauseInput,
  update: UpdatePauseInput,
  filter: PauseFilter,
  service: pauseService,
  singular: 'pause',
  plural: 'pauses',
}) {}
