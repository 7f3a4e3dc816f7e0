import { registerEnumType } from 'type-graphql';

/** The manual's two recycling modes. */
export enum RecycleTarget {
  /** "Reciclar y utilizar la campaña actual": the selected contacts are dialed again by the same campaign. */
  SAME = 'SAME',
  /** "Reciclar y crear una nueva campaña": a copy of the campaign, with a new database of the selected contacts. */
  NEW_CAMPAIGN = 'NEW_CAMPAIGN',
}
registerEnumType(RecycleTarget, { name: 'RecycleTarget' });

export enum RecycleRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(RecycleRunStatus, { name: 'RecycleRunStatus' });
