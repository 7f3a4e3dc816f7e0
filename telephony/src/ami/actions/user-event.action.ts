import type { AmiClient } from '../ami-client.js';

/**
 * Sends one `UserEvent`: Asterisk raises an event of that name with these headers. Given a
 * channel's `Uniqueid` and `Linkedid`, it reads as that channel's event to event consumers.
 */
export async function userEvent(ami: AmiClient, name: string, headers: Record<string, string>): Promise<void> {
  await ami.send({ action: 'UserEvent', userevent: name, ...headers });
}
