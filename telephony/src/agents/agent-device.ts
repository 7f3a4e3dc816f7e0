/** The Asterisk device of an agent's phone: the PJSIP endpoint named after its extension. */
export const agentDevice = (sipExtension: number | string) => `PJSIP/${sipExtension}`;

/** `PJSIP/1001-0000002a` -> `1001`, for channels of PJSIP endpoints; undefined otherwise. */
export function channelEndpoint(channel: string): string | undefined {
  const match = /^PJSIP\/([^-/]+)-[0-9a-f]+$/i.exec(channel);
  return match?.[1];
}
