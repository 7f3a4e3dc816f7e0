import { queueStatus, type AmiClient, type QueueSnapshot } from '@switchboard/telephony';

const QUEUE_LISTING_ATTEMPTS = 10;
const QUEUE_LISTING_PAUSE_MS = 300;

/**
 * Right after a restart Asterisk accepts AMI logins before app_queue has loaded, and
 * QueueStatus fails: try again for a few seconds before reporting the listing as failed.
 */
export async function listQueuesPatiently(ami: AmiClient): Promise<QueueSnapshot[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await queueStatus(ami);
    } catch (error) {
      if (attempt >= QUEUE_LISTING_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, QUEUE_LISTING_PAUSE_MS));
    }
  }
}
