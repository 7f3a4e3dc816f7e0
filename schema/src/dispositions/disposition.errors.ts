import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';

export const DispositionErrors = defineDomainErrors('DISPOSITION', {
  OPTION_NOT_IN_CAMPAIGN: ErrorKind.BAD_USER_INPUT,
  OPTION_HIDDEN: ErrorKind.BAD_USER_INPUT,
  CONTACT_NOT_IN_CAMPAIGN: ErrorKind.BAD_USER_INPUT,
  CONTACT_REQUIRED: ErrorKind.BAD_USER_INPUT,
  ANSWERS_NOT_ALLOWED: ErrorKind.BAD_USER_INPUT,
  CALLBACK_REQUIRED: ErrorKind.BAD_USER_INPUT,
  CALLBACK_NOT_ALLOWED: ErrorKind.BAD_USER_INPUT,
  DISPOSITION_EXISTS: ErrorKind.CONFLICT,
  TARGET_FIXED: ErrorKind.BAD_USER_INPUT,
});
