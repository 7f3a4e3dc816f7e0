import { ErrorKind, defineDomainErrors } from '../../common/domain-error.js';

export const CustomDialplanErrors = defineDomainErrors('CUSTOM_DIALPLAN', {
  /** Refused before Asterisk sees it: directives, reserved contexts, control characters, size. */
  INVALID: ErrorKind.BAD_USER_INPUT,
  /** Asterisk did not load it (reload failed or contexts missing): the previous content is back. */
  REJECTED: ErrorKind.BAD_USER_INPUT,
});
