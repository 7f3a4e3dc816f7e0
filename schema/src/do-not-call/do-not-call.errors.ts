import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';

export const DoNotCallErrors = defineDomainErrors('DO_NOT_CALL', {
  INVALID_PHONES: ErrorKind.BAD_USER_INPUT,
  INVALID_PHONE: ErrorKind.BAD_USER_INPUT,
  TOO_MANY_PHONES: ErrorKind.BAD_USER_INPUT,
});
