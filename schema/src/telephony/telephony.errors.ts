import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';

/** Errors of trunks and outbound routes. */
export const TelephonyErrors = defineDomainErrors('TELEPHONY', {
  INVALID_SIP_DETAILS: ErrorKind.BAD_USER_INPUT,
  INVALID_CALLER_ID: ErrorKind.BAD_USER_INPUT,
  UNKNOWN_TRUNKS: ErrorKind.NOT_FOUND,
  INVALID_ROUTE_ORDER: ErrorKind.BAD_USER_INPUT,
  TRUNK_IN_USE: ErrorKind.CONFLICT,
  ROUTE_IN_USE: ErrorKind.CONFLICT,
  CAMPAIGN_NOT_INBOUND: ErrorKind.BAD_USER_INPUT,
});
