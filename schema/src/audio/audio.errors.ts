import { ErrorKind, defineDomainErrors } from '../common/domain-error.js';

/**
 * Audio errors, codes `AUDIO_<code>`. TOO_LARGE is a BAD_USER_INPUT to GraphQL; the upload
 * route answers it with HTTP 413.
 */
export const AudioErrors = defineDomainErrors('AUDIO', {
  NOT_FOUND: ErrorKind.NOT_FOUND,
  IN_USE: ErrorKind.CONFLICT,
  INVALID_FILE: ErrorKind.BAD_USER_INPUT,
  TOO_LARGE: ErrorKind.BAD_USER_INPUT,
  DUPLICATE_NAME: ErrorKind.CONFLICT,
  EMPTY_PLAYLIST: ErrorKind.BAD_USER_INPUT,
});

export const AudioError = AudioErrors.Error;
export type AudioError = InstanceType<typeof AudioErrors.Error>;
