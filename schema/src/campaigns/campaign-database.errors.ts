import { defineDomainErrors, ErrorKind } from '../common/domain-error.js';

/** Codes of the replacement of a campaign's contact database ("Contact database rotation"). */
export const CampaignDatabaseErrors = defineDomainErrors('CAMPAIGN_DATABASE', {
  /** The campaign is running or has not run: only PAUSED and FINISHED campaigns change database. */
  WRONG_STATE: ErrorKind.CONFLICT,
  /** updateCampaign cannot change the database of a campaign that has left INACTIVE. */
  REPLACEMENT_REQUIRED: ErrorKind.CONFLICT,
  TEMPLATE: ErrorKind.BAD_USER_INPUT,
  SAME_DATABASE: ErrorKind.BAD_USER_INPUT,
  STRUCTURE_MISMATCH: ErrorKind.BAD_USER_INPUT,
});
