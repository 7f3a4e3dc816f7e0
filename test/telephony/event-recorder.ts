import type { AmiClient, AmiEventBase, AmiEventMap, AmiEventName } from '@switchboard/telephony';
import { pollUntil } from '../support/poll-until.js';

/** Records every AMI event from now on, so a test can look back at what a call did. */
export function recordEvents(ami: AmiClient) {
  const events: AmiEventBase[] = [];
  const stop = ami.onAnyEvent((event) => events.push({ ...event, receivedAt: performance.now() }));
  const find = <Name extends AmiEventName>(name: Name, matches: (event: AmiEventMap[Name]) => boolean) =>
    events.find((event) => event.event === name && matches(event as AmiEventMap[Name])) as
      (AmiEventMap[Name] & { receivedAt: number }) | undefined;
  return {
    events,
    stop,
    find,
    /** Waits for an event that may already have arrived. */
    waitFor<Name extends AmiEventName>(name: Name, matches: (event: AmiEventMap[Name]) => boolean, timeoutMs = 15_000) {
      return pollUntil(
        () => find(name, matches),
        (event) => event !== undefined,
        { timeoutMs, what: `a ${name} event` },
      ) as Promise<AmiEventMap[Name] & { receivedAt: number }>;
    },
  };
}

/** Asterisk's event time (`Timestamp: seconds.micro`) in ms. */
export const asteriskTimeMs = (event: AmiEventBase) => Number(event.timestamp) * 1000;
