import { registerEnumType } from 'type-graphql';

/**
 * Where a contact of a preview campaign stands (the manual's AgenteEnContacto states):
 * INITIAL waits in the queue (pre-assigned to an agent or free), RESERVED is on an agent's
 * screen until the disconnection time, DELIVERED has been called by that agent, FINISHED
 * has been dispositioned in the campaign.
 */
export enum PreviewAssignmentStatus {
  INITIAL = 'INITIAL',
  DELIVERED = 'DELIVERED',
  RESERVED = 'RESERVED',
  FINISHED = 'FINISHED',
}
registerEnumType(PreviewAssignmentStatus, { name: 'PreviewAssignmentStatus' });

/** The manual's "Asignación inicial de contactos a agentes". */
export enum PreviewAssignmentMode {
  /** Every contact is free: any agent of the campaign gets the next one. */
  NONE = 'NONE',
  /** Contacts dealt to the campaign's agents in turn, in delivery order: equal shares. */
  PROPORTIONAL = 'PROPORTIONAL',
  /** Equal shares, with contacts drawn at random. */
  RANDOM = 'RANDOM',
}
registerEnumType(PreviewAssignmentMode, {
  name: 'PreviewAssignmentMode',
  description:
    'NONE: contacts are free; PROPORTIONAL: dealt to the agents in turn; RANDOM: equal shares drawn at random.',
});
