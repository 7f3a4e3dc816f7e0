import type { AmiClient } from '../ami-client.js';
import { AmiError, AmiErrorCode } from '../ami.errors.js';

/** Sends one `QueueRemove`. A member that is not there counts as removed (returns false). */
export async function queueRemove(ami: AmiClient, params: { queue: string; interface: string }): Promise<boolean> {
  try {
    await ami.send({ action: 'QueueRemove', queue: params.queue, interface: params.interface });
    return true;
  } catch (error) {
    if (
      error instanceof AmiError &&
      error.code === AmiErrorCode.ACTION_FAILED &&
      /not there|no such queue/i.test(error.message)
    ) {
      return false;
    }
    throw error;
  }
}
