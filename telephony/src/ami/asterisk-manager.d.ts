/**
 * Types for asterisk-manager 0.2 (the package ships none). Only what the adapter uses.
 * The library lower-cases every header name of responses and events (`ActionID` -> `actionid`).
 */
declare module 'asterisk-manager' {
  import type { EventEmitter } from 'node:events';

  namespace AsteriskManager {
    /** Header values: strings, or an array when a header repeats; `variable` is a name -> value map. */
    type ManagerMessage = Record<string, string | string[] | Record<string, string> | undefined>;

    /** Header -> value; an object value becomes one `Key: name=value` line per entry. */
    type ManagerAction = Record<string, string | number | boolean | Record<string, string> | undefined>;

    type ManagerCallback = (error: ManagerMessage | undefined, response: ManagerMessage) => void;

    interface Manager extends Pick<
      EventEmitter,
      'on' | 'once' | 'removeListener' | 'removeAllListeners' | 'listeners' | 'emit'
    > {
      options: { port: number; host: string; username: string; password: string; events: boolean };
      /** Opens the socket; the callback runs on TCP connect only (errors arrive as 'error'/'close'). */
      connect(port: number, host: string, callback?: (error: null) => void): void;
      /** Logs in with `options`; the callback gets the error response when rejected. */
      login(callback?: (error?: ManagerMessage) => void): void;
      /** Sends one action; returns the ActionID used (the given `actionid`, when unique). */
      action(action: ManagerAction, callback?: ManagerCallback): string;
      disconnect(callback?: () => void): void;
      isConnected(): boolean;
    }
  }

  /** A falsy port creates the manager without connecting. */
  function AsteriskManager(
    port: number,
    host: string,
    username: string,
    password: string,
    events: boolean,
  ): AsteriskManager.Manager;

  export = AsteriskManager;
}
