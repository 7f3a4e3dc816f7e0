/** How an action written to Asterisk ended. */
export type AmiActionOutcome = 'success' | 'error' | 'timeout' | 'disconnected';

/**
 * What a process may watch of its AMI client, for metrics: every callback optional, called
 * synchronously, and never able to break the client (a throwing observer is ignored). Plain
 * callbacks, so telephony needs no metrics library.
 */
export interface AmiObserver {
  /** An action written to the socket ended: `seconds` from the write to its answer (or failure). */
  actionFinished?(action: string, seconds: number, outcome: AmiActionOutcome): void;
  /** Logged in; `reconnected` after the first time (the session dropped and was repaired). */
  connected?(reconnected: boolean): void;
  /** The session dropped (or was closed). */
  disconnected?(reason: string): void;
}

/** Calls an observer's callback, swallowing what it throws: metrics never cost an action. */
export function notifyObserver<Name extends keyof AmiObserver>(
  observer: AmiObserver | undefined,
  name: Name,
  ...args: Parameters<NonNullable<AmiObserver[Name]>>
): void {
  const callback = observer?.[name] as ((...values: unknown[]) => void) | undefined;
  if (!callback) return;
  try {
    callback.apply(observer, args);
  } catch {
    // An observer's bug is not the call's problem.
  }
}
