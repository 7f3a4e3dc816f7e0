/** Why an AMI action did not succeed. */
export enum AmiErrorCode {
  /** Sent, but Asterisk did not answer within the action's timeout. */
  ACTION_TIMEOUT = 'ACTION_TIMEOUT',
  /** Never sent: it waited in the queue (rate limit or no connection) longer than allowed. */
  QUEUE_TIMEOUT = 'QUEUE_TIMEOUT',
  /** The connection dropped after the action was sent; Asterisk may or may not have run it. */
  DISCONNECTED = 'DISCONNECTED',
  /** Asterisk answered `Response: Error`. */
  ACTION_FAILED = 'ACTION_FAILED',
  /** Asterisk refused the username or secret; the client stops retrying. */
  LOGIN_REJECTED = 'LOGIN_REJECTED',
  /**
   * Never sent: a header name or value held CR, LF or another control character, which would
   * add headers or whole actions to what Asterisk runs.
   */
  UNSAFE_ACTION = 'UNSAFE_ACTION',
  /** Never sent: its guard (SendOptions.guard) refused it at the moment it was to be written. */
  FENCED = 'FENCED',
  /** The client was closed. */
  CLOSED = 'CLOSED',
}

export class AmiError extends Error {
  constructor(
    readonly code: AmiErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AmiError';
  }
}
