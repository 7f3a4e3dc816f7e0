import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';

export const InCallErrors = defineDomainErrors('IN_CALL', {
  NOT_AN_AGENT: ErrorKind.FORBIDDEN,
  NOT_ON_A_CALL: ErrorKind.CONFLICT,
  HOLD_NOT_ALLOWED: ErrorKind.FORBIDDEN,
  ALREADY_ON_HOLD: ErrorKind.CONFLICT,
  NOT_ON_HOLD: ErrorKind.CONFLICT,
  TRANSFER_IN_PROGRESS: ErrorKind.CONFLICT,
  NO_TRANSFER_IN_PROGRESS: ErrorKind.CONFLICT,
  TARGET_UNAVAILABLE: ErrorKind.CONFLICT,
  INVALID_TARGET: ErrorKind.BAD_USER_INPUT,
  ALREADY_RECORDING: ErrorKind.CONFLICT,
  NOT_RECORDING: ErrorKind.CONFLICT,
  TELEPHONY_UNAVAILABLE: ErrorKind.CONFLICT,
});
