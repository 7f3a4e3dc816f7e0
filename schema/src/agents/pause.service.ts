import { CrudService, assignDefined } from '../common/crud.service.js';
import { Permission } from '../auth/permission.js';
import { Pause } from './pause.entity.js';
import type { CreatePauseInput, PauseFilter, UpdatePauseInput } from './pause.inputs.js';

export const pauseService = new CrudService<Pause, CreatePauseInput, UpdatePauseInput, PauseFilter>({
  entity: Pause,
  label: 'Pause',
  // Agents read pauses to choose one; only managers of pauses change them.
  read: [Permission.AGENT_CONSOLE, Permission.PAUSES_MANAGE, Permission.SUPERVISION],
  manage: Permission.PAUSES_MANAGE,
  where: (filter) => ({
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.active !== undefined && filter.active !== null ? { active: filter.active } : {}),
  }),
  create: (_context, input) => {
    const pause = new Pause();
    assignDefined(pause, input);
    return pause;
  },
  update: (_context, pause, input) => assignDefined(pause, input),
});
