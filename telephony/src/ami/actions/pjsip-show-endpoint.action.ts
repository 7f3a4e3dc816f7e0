import type { AmiClient } from '../ami-client.js';
import { AmiError, AmiErrorCode } from '../ami.errors.js';

/**
 * Sends one `PJSIPShowEndpoint` and returns the endpoint's device state as Asterisk words it
 * ("Not in use", "In use", "Unavailable"...), or null for an endpoint Asterisk does not know.
 * (Getvar of DEVICE_STATE() without a channel answers empty on Asterisk 22.)
 */
export async function endpointDeviceState(ami: AmiClient, endpoint: string): Promise<string | null> {
  try {
    const events = await ami.sendList({ action: 'PJSIPShowEndpoint', endpoint });
    const detail = events.find((event) => event.event === 'EndpointDetail');
    return detail ? String(detail['devicestate'] ?? '') : null;
  } catch (error) {
    if (error instanceof AmiError && error.code === AmiErrorCode.ACTION_FAILED) return null;
    throw error;
  }
}
