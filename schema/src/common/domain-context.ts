import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer.js';
import type { EventBus } from '../events/event-bus.js';

/** What every domain operation runs with: a forked EntityManager, the caller, the event bus. */
export interface DomainContext {
  em: EntityManager;
  viewer: Viewer;
  events: EventBus;
}
