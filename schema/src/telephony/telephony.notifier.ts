import type { CrudService } from '../common/crud.service.js';
import type { DomainContext } from '../common/domain-context.js';

/** The only code that publishes telephony configuration events; called after the change is committed. */
export const telephonyNotifier = {
  /** Trunks, routes, agent phones or AMD settings changed: workers/telephony-config re-applies. */
  configurationChanged(context: Pick<DomainContext, 'events'>, source: string): void {
    context.events.publish('telephony.configuration_changed', { source });
  },
};

/**
 * The same CRUD service, publishing `telephony.configuration_changed` after each create, update
 * and delete commits. After, not inside the transaction: the worker that re-reads the data must
 * see the change.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function notifyingTelephonyChanges<S extends CrudService<any, any, any, any>>(service: S, source: string): S {
  for (const method of ['create', 'update', 'delete'] as const) {
    const write = service[method].bind(service) as (context: DomainContext, ...rest: unknown[]) => Promise<unknown>;
    Object.defineProperty(service, method, {
      configurable: true,
      writable: true,
      value: async (context: DomainContext, ...rest: unknown[]) => {
        const result = await write(context, ...rest);
        telephonyNotifier.configurationChanged(context, source);
        return result;
      },
    });
  }
  return service;
}
