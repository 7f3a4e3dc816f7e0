import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';

/** The destination graph's refusals (reason `DESTINATION_<code>`); format-error.ts maps their kinds once. */
export enum DestinationErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  IN_USE = 'IN_USE',
  CYCLE = 'CYCLE',
  INVALID = 'INVALID',
}

export const DestinationErrors = defineDomainErrors('DESTINATION', {
  NOT_FOUND: ErrorKind.NOT_FOUND,
  IN_USE: ErrorKind.CONFLICT,
  CYCLE: ErrorKind.BAD_USER_INPUT,
  INVALID: ErrorKind.BAD_USER_INPUT,
});

/** The class every destination refusal is an instance of (reason `DESTINATION_<code>`). */
export const DestinationError = DestinationErrors.Error;
export type DestinationError = InstanceType<typeof DestinationErrors.Error>;
