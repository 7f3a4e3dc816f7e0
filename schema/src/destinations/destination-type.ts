import { registerEnumType } from 'type-graphql';

/**
 * What an inbound call can be sent to: the nodes of the destination graph (the manual's
 * "destination type" of routes, IVR options, time conditions and failovers). Each node type
 * registers itself in destination-graph.ts; each emits its own dialplan context.
 */
export enum DestinationType {
  HANGUP = 'HANGUP',
  CAMPAIGN = 'CAMPAIGN',
  IVR = 'IVR',
  TIME_CONDITION = 'TIME_CONDITION',
  CALLER_IDENTIFICATION = 'CALLER_IDENTIFICATION',
  CUSTOM = 'CUSTOM',
}
registerEnumType(DestinationType, { name: 'DestinationType' });
