import type { Logger } from 'pino';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, type DomainContext, type EventBus, type Viewer } from '@switchboard/schema';
import type { Services } from '../services.js';

export interface GraphQLContext {
  em: EntityManager;
  viewer: Viewer | null;
  events: EventBus;
  services: Services;
  logger: Logger;
  /** The caller's address (express req.ip, or the WebSocket upgrade's), for the login throttle. */
  clientAddress: string | null;
}

/** The caller's DomainContext, or UNAUTHENTICATED for operations that need a login. */
export function domain(context: GraphQLContext): DomainContext {
  if (!context.viewer) throw CommonErrors.create('UNAUTHENTICATED', 'Log in first: send Authorization: Bearer <token>');
  return { em: context.em, viewer: context.viewer, events: context.events };
}
