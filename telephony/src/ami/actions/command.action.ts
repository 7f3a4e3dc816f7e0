import type { AmiClient } from '../ami-client.js';

/** Sends one `Command` (an Asterisk CLI command) and returns its output lines. */
export async function runCliCommand(ami: AmiClient, command: string): Promise<string[]> {
  const response = await ami.send({ action: 'Command', command });
  const output = response['output'];
  if (Array.isArray(output)) return output.map(String);
  return typeof output === 'string' ? [output] : [];
}
