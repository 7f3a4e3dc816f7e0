import type { CrudService } from '../common/crud.service.js';
import type { EventBus } from '../events/event-bus.js';

/** The only code that publishes `supervision.scope_changed`; always after the change is committed. */
export const supervisionScopeNotifier = {
  changed(events: EventBus, reason: string, userId: string | null): void {
    events.publish('supervision.scope_changed', { reason, userId });
  },
};

/**
 * The same user CRUD service, publishing `supervision.scope_changed` after each create commits:
 * updates and deletes already publish auth.access_changed, which live scopes also follow.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function notifyingScopeChanges<S extends CrudService<any, any, any, any>>(service: S): S {
  const create = service.create.bind(service) as (...args: unknown[]) => Promise<{ id: string }>;
  Object.defineProperty(service, 'create', {
    configurable: true,
    writable: true,
    value: async (context: { events: EventBus }, ...rest: unknown[]) => {
      const result = await create(context, ...rest);
      supervisionScopeNotifier.changed(context.events, 'user.created', result.id);
      return result;
    },
  });
  return service;
}
