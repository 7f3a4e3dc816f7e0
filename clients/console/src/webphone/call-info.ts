import type { SipRequestLike } from './jssip-types';

/**
 * The platform asks for auto-answer with `Call-Info: <sip:...>;answer-after=0` on the agent leg
 * (queue autoAttend, group autoAttendInbound / autoAttendDialer). Any Call-Info value with
 * answer-after=0 counts; a positive delay is not auto-answer here (the agent still sees it ring).
 */
export function wantsAutoAnswer(request: SipRequestLike): boolean {
  const values = request.getHeaders?.('Call-Info') ?? [request.getHeader('Call-Info') ?? ''];
  return values.some((value) => /;\s*answer-after\s*=\s*0(?![0-9])/i.test(value));
}
