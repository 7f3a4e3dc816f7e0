import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';

export const LogErrors = defineDomainErrors('LOG', {
  INVALID_RANGE: ErrorKind.BAD_USER_INPUT,
  NOT_AN_AGENT: ErrorKind.FORBIDDEN,
});
