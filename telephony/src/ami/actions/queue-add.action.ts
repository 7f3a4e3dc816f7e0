import type { AmiClient } from '../ami-client.js';
import { AmiError, AmiErrorCode } from '../ami.errors.js';

export interface QueueAddParams {
  queue: string;
  /** The member's device, e.g. `PJSIP/1001`. */
  interface: string;
  /** Reported as `MemberName` in queue events: Switchboard puts the agent id there. */
  memberName: string;
  penalty: number;
  paused: boolean;
  reason?: string | null;
}

/** Sends one `QueueAdd`. A member that is already there counts as added (returns false). */
export async function queueAdd(ami: AmiClient, params: QueueAddParams): Promise<boolean> {
  try {
    await ami.send({
      action: 'QueueAdd',
      queue: params.queue,
      interface: params.interface,
      membername: params.memberName,
      stateinterface: params.interface,
      penalty: params.penalty,
      paused: params.paused ? 'true' : 'false',
      reason: params.reason ?? undefined,
    });
    return true;
  } catch (error) {
    if (
      error instanceof AmiError &&
      error.code === AmiErrorCode.ACTION_FAILED &&
      /already there/i.test(error.message)
    ) {
      return false;
    }
    throw error;
  }
}
