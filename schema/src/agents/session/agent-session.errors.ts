import { ErrorKind, defineDomainErrors } from '../../common/domain-error.js';

export const AgentSessionErrors = defineDomainErrors('AGENT_SESSION', {
  NOT_AN_AGENT: ErrorKind.FORBIDDEN,
  NOT_LOGGED_IN: ErrorKind.CONFLICT,
  ON_A_CALL: ErrorKind.CONFLICT,
  NOT_ON_A_CALL: ErrorKind.CONFLICT,
  DISPOSITION_PENDING: ErrorKind.CONFLICT,
  PAUSE_INACTIVE: ErrorKind.BAD_USER_INPUT,
  NO_PHONE: ErrorKind.CONFLICT,
  BUSY: ErrorKind.CONFLICT,
  TELEPHONY_UNAVAILABLE: ErrorKind.CONFLICT,
});
