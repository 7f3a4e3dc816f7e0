import { recordingFileExpression } from '../config/database/call-setup-dialplan.js';

export interface RecordingFileValues {
  at: Date;
  campaignId: string | null;
  callId: string;
  agentId: string | null;
  phone: string | null;
}

/**
 * The recording file name of the configured pattern, as the dialplan's recordingFileExpression
 * would make it, for recordings started over AMI (MixMonitor there takes a literal file name).
 * The pattern is validated the same way; the date is the UTC day, as in the chroot.
 */
export function recordingFileName(pattern: string, values: RecordingFileValues): string {
  recordingFileExpression(pattern); // raises on a pattern the dialplan would refuse
  const tokens: Record<string, string> = {
    date: values.at.toISOString().slice(0, 10),
    campaignId: values.campaignId || 'none',
    callId: values.callId,
    agentId: values.agentId || 'none',
    phone: (values.phone ?? '').replace(/[^0-9+]/g, ''),
  };
  return pattern.replace(/\{([A-Za-z]+)\}/g, (_token, name: string) => tokens[name] ?? '');
}
