import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';

export const RecycleErrors = defineDomainErrors('RECYCLE', {
  INVALID_REQUEST: ErrorKind.BAD_USER_INPUT,
  /** Only FINISHED or PAUSED campaigns are recycled: an active dialer would race the recycling. */
  CAMPAIGN_NOT_STOPPED: ErrorKind.CONFLICT,
  ALREADY_RUNNING: ErrorKind.CONFLICT,
});

export function invalidRecycle(field: string, message: string) {
  return RecycleErrors.create('INVALID_REQUEST', `${field}: ${message}`, { field });
}
