export type MicrophoneAccess = 'prompt' | 'granted' | 'denied' | 'unavailable';

/** The browser's answer so far, without prompting. */
export async function microphonePermission(): Promise<MicrophoneAccess> {
  if (typeof navigator === 'undefined' || !navigator.mediaDevices) return 'unavailable';
  try {
    const status = await navigator.permissions.query({ name: 'microphone' as PermissionName });
    return status.state;
  } catch {
    return 'prompt';
  }
}

/** Prompts for the microphone and releases it at once: calls open their own stream. */
export async function requestMicrophone(): Promise<MicrophoneAccess> {
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) return 'unavailable';
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
    for (const track of stream.getTracks()) track.stop();
    return 'granted';
  } catch (error) {
    return (error as { name?: string }).name === 'NotFoundError' ? 'unavailable' : 'denied';
  }
}
