import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';

export const CallbackErrors = defineDomainErrors('CALLBACK', {
  INVALID_REQUEST: ErrorKind.BAD_USER_INPUT,
  NOT_PENDING: ErrorKind.CONFLICT,
  NOT_YOURS: ErrorKind.FORBIDDEN,
});

export function invalidCallback(field: string, message: string) {
  return CallbackErrors.create('INVALID_REQUEST', `${field}: ${message}`, { field });
}
