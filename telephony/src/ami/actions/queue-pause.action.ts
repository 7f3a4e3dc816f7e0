import type { AmiClient } from '../ami-client.js';
import { AmiError, AmiErrorCode } from '../ami.errors.js';

/**
 * Sends one `QueuePause` for a member in every queue it is in (or one `queue`). A member in no
 * queue is not an error (returns false): pausing an agent without campaigns changes nothing.
 */
export async function queuePause(
  ami: AmiClient,
  params: { interface: string; paused: boolean; reason?: string | null; queue?: string },
): Promise<boolean> {
  try {
    await ami.send({
      action: 'QueuePause',
      interface: params.interface,
      paused: params.paused ? 'true' : 'false',
      queue: params.queue,
      reason: params.reason ?? undefined,
    });
    return true;
  } catch (error) {
    if (error instanceof AmiError && error.code === AmiErrorCode.ACTION_FAILED && /not found/i.test(error.message)) {
      return false;
    }
    throw error;
  }
}
