import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';

export const SpyErrors = defineDomainErrors('SPY', {
  /** The agent has no connected call to spy on. */
  AGENT_NOT_ON_A_CALL: ErrorKind.CONFLICT,
  /** The supervisor has no phone account (webphone) to be called on. */
  NO_PHONE: ErrorKind.BAD_USER_INPUT,
  /** The supervisor's phone is not registered: it cannot ring. */
  PHONE_NOT_REGISTERED: ErrorKind.BAD_USER_INPUT,
  /** The supervisor's phone did not answer the spy call. */
  PHONE_DID_NOT_ANSWER: ErrorKind.CONFLICT,
  /** The supervisor already spies on another call: stop that one first. */
  ALREADY_SPYING: ErrorKind.CONFLICT,
  /** The spy call still rings: a mode change must wait until it is answered. */
  STARTING: ErrorKind.CONFLICT,
  TELEPHONY_UNAVAILABLE: ErrorKind.CONFLICT,
});
