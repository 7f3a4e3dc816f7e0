import { defineDomainErrors, ErrorKind } from '../common/domain-error.js';

/**
 * The campaign domain's own codes (campaigns, their disposition options and retry rules);
 * the API maps their kinds to GraphQL codes, e.g. CAMPAIGN_ILLEGAL_TRANSITION -> CONFLICT.
 */
export const CampaignErrors = defineDomainErrors('CAMPAIGN', {
  ILLEGAL_TRANSITION: ErrorKind.CONFLICT,
  TEMPLATE_HAS_NO_LIFECYCLE: ErrorKind.CONFLICT,
  NOT_READY: ErrorKind.CONFLICT,
  DELETED: ErrorKind.CONFLICT,
  NAME_TAKEN: ErrorKind.CONFLICT,
  EXTERNAL_ID_TAKEN: ErrorKind.CONFLICT,
  DISPOSITION_OPTION_NAME_TAKEN: ErrorKind.CONFLICT,
  DISPOSITION_OPTION_IN_USE: ErrorKind.CONFLICT,
  RETRY_RULE_EXISTS: ErrorKind.CONFLICT,
});
