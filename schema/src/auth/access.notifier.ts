import type { CrudService } from '../common/crud.service.js';
import type { EventBus } from '../events/event-bus.js';

/** The only code that publishes `auth.access_changed`; always after the change is committed. */
export const accessNotifier = {
  /** The user's tokens may have been revoked, or its rights changed. */
  userChanged(events: EventBus, userId: string): void {
    events.publish('auth.access_changed', { userId, roleId: null });
  },
  /** The role's permissions may have changed: every holder's rights with it. */
  roleChanged(events: EventBus, roleId: string): void {
    events.publish('auth.access_changed', { userId: null, roleId });
  },
};

/**
 * The same CRUD service, publishing `auth.access_changed` after each update and delete commits:
 * deactivation, password and role changes bump tokenVersion there, and api processes must close
 * the sockets the old tokens hold. A change that revoked nothing costs each process a re-check.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function notifyingAccessChanges<S extends CrudService<any, any, any, any>>(service: S, of: 'user' | 'role'): S {
  for (const method of ['update', 'delete'] as const) {
    const write = service[method].bind(service) as (...args: unknown[]) => Promise<{ id: string }>;
    Object.defineProperty(service, method, {
      configurable: true,
      writable: true,
      value: async (context: { events: EventBus }, ...rest: unknown[]) => {
        const result = await write(context, ...rest);
        if (of === 'user') accessNotifier.userChanged(context.events, result.id);
        else accessNotifier.roleChanged(context.events, result.id);
        return result;
      },
    });
  }
  return service;
}
