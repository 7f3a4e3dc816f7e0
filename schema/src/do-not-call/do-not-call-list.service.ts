import { CrudService } from '../common/crud.service.js';
import { containsPattern } from '../common/filters.js';
import { Permission } from '../auth/permission.js';
import { DoNotCallList } from './do-not-call-list.entity.js';
import type { CreateDoNotCallListInput, DoNotCallListFilter, UpdateDoNotCallListInput } from './do-not-call.inputs.js';

/** Campaign readers see the lists (to know why a number is skipped); managers change them. */
export const DO_NOT_CALL_READ = [Permission.CAMPAIGNS_READ, Permission.DO_NOT_CALL_MANAGE];

export const doNotCallListService = new CrudService<
  DoNotCallList,
  CreateDoNotCallListInput,
  UpdateDoNotCallListInput,
  DoNotCallListFilter
>({
  entity: DoNotCallList,
  label: 'Do-not-call list',
  read: DO_NOT_CALL_READ,
  manage: Permission.DO_NOT_CALL_MANAGE,
  where: (filter) => (filter.nameContains ? { name: { $ilike: containsPattern(filter.nameContains) } } : {}),
  create: (_context, input) => {
    const list = new DoNotCallList();
    list.name = input.name;
    return list;
  },
  update: (_context, list, input) => {
    if (input.name !== undefined && input.name !== null) list.name = input.name;
  },
  // Numbers go with the list (foreign key cascade).
});
