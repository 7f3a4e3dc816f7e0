import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';

export const ExternalSystemErrors = defineDomainErrors('EXTERNAL_SYSTEM', {
  DUPLICATE_AGENT: ErrorKind.BAD_USER_INPUT,
  DUPLICATE_EXTERNAL_ID: ErrorKind.BAD_USER_INPUT,
  UNKNOWN_AGENTS: ErrorKind.NOT_FOUND,
  UNKNOWN_SYSTEM: ErrorKind.NOT_FOUND,
  UNKNOWN_CAMPAIGN: ErrorKind.NOT_FOUND,
  UNKNOWN_CONTACT: ErrorKind.NOT_FOUND,
});
