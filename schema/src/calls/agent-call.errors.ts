import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';

/** Why an agent's call was refused. Agent-state refusals reuse AGENT_SESSION's codes. */
export const AgentCallErrors = defineDomainErrors('AGENT_CALL', {
  /** The agent's phone is not registered: nothing could ring it. */
  PHONE_UNAVAILABLE: ErrorKind.CONFLICT,
  CAMPAIGN_NOT_ACTIVE: ErrorKind.CONFLICT,
  /** The campaign has no outbound route, or the route has no trunk. */
  NO_OUTBOUND_ROUTE: ErrorKind.CONFLICT,
  /** No pattern of the route (of any route, out of campaign) matches the number. */
  NO_MATCHING_ROUTE: ErrorKind.BAD_USER_INPUT,
  OUT_OF_CAMPAIGN_NOT_ALLOWED: ErrorKind.FORBIDDEN,
  AGENT_TO_AGENT_NOT_ALLOWED: ErrorKind.FORBIDDEN,
  /** The called agent is offline, on a call, or its phone is not registered. */
  AGENT_NOT_AVAILABLE: ErrorKind.CONFLICT,
  /** The contact is not in the campaign's database, or the campaign has none. */
  CONTACT_NOT_IN_CAMPAIGN: ErrorKind.BAD_USER_INPUT,
  /** Asterisk did not take the call (AMI down, originate refused). */
  TELEPHONY_UNAVAILABLE: ErrorKind.CONFLICT,
});
