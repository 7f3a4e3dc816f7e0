import { defineDomainErrors, ErrorKind } from '../common/domain-error.js';

/** The preview campaign domain's codes; the API maps their kinds to GraphQL codes. */
export const PreviewErrors = defineDomainErrors('PREVIEW', {
  NOT_AN_AGENT: ErrorKind.FORBIDDEN,
  NOT_PREVIEW: ErrorKind.BAD_USER_INPUT,
  CAMPAIGN_NOT_ACTIVE: ErrorKind.CONFLICT,
  AGENT_NOT_LOGGED_IN: ErrorKind.CONFLICT,
  NOT_HELD: ErrorKind.CONFLICT,
  NO_PHONE: ErrorKind.BAD_USER_INPUT,
  CALLS_UNAVAILABLE: ErrorKind.CONFLICT,
  BUSY: ErrorKind.CONFLICT,
});
