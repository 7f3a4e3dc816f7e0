import type { DestinationType } from '@switchboard/schema';

/** A destination as the generators see it: DestinationRef without the ORM. */
export interface DestinationModel {
  type: DestinationType | `${DestinationType}`;
  id: string | null;
}

// Ids are UUIDs the database generated; anything else in a context name is a bug upstream.
const NODE_ID = /^[0-9A-Za-z-]{1,64}$/;

/**
 * The dialplan context of one destination node: `sb-dest-<type in kebab lowercase>-<id>`,
 * e.g. `sb-dest-time-condition-<uuid>`. Every node emits its own context with extension `s`.
 */
export function destinationContext(type: DestinationModel['type'], id: string): string {
  if (!NODE_ID.test(id)) throw new RangeError(`destination id ${JSON.stringify(id)} cannot name a context`);
  return `sb-dest-${type.toLowerCase().replace(/_/g, '-')}-${id}`;
}

/** The dialplan step that sends the call to a destination: Goto its context, or Hangup(). */
export function gotoDestination(ref: DestinationModel): string {
  if (ref.type === 'HANGUP') return 'Hangup()';
  if (!ref.id) throw new RangeError(`destination ${ref.type} without an id`);
  return `Goto(${destinationContext(ref.type, ref.id)},s,1)`;
}
