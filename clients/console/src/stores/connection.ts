import { defineStore } from 'pinia';

/**
 * idle: nobody logged in, no socket. connecting: first connection. connected. reconnecting:
 * the socket dropped and graphql-ws or src/realtime is retrying. offline: the browser says so.
 */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface ConnectionState {
  status: ConnectionStatus;
  /** Local time (ms) of the last status change, for "reconnecting for 12 s". */
  changedAt: number;
  /** Times the socket came back after a drop; src/realtime re-snapshots on each. */
  reconnects: number;
  /** server clock - local clock (ms), estimated from event timestamps; timers use it. */
  serverOffsetMs: number | null;
}

export const useConnectionStore = defineStore('connection', {
  state: (): ConnectionState => ({ status: 'idle', changedAt: Date.now(), reconnects: 0, serverOffsetMs: null }),
  getters: {
    isConnected: (state): boolean => state.status === 'connected',
    /** Show the banner: the data on screen may no longer be true. */
    isDegraded: (state): boolean => state.status === 'reconnecting' || state.status === 'offline',
  },
  actions: {
    setStatus(status: ConnectionStatus) {
      if (status === this.status) return;
      this.status = status;
      this.changedAt = Date.now();
    },
    socketConnecting() {
      if (this.status === 'idle') this.setStatus('connecting');
    },
    /** Returns true when this open is a recovery (the caller re-snapshots). */
    socketOpened(): boolean {
      const recovered = this.status === 'reconnecting' || this.status === 'offline';
      if (recovered) this.reconnects += 1;
      this.setStatus('connected');
      return recovered;
    },
    socketClosed() {
      if (this.status === 'connected' || this.status === 'connecting') this.setStatus('reconnecting');
    },
    browserOffline() {
      if (this.status !== 'idle') this.setStatus('offline');
    },
    /**
     * The largest (server - local) seen is the best estimate: network delay only ever makes an
     * event look older than it is.
     */
    observeServerTime(serverIso: string, localMs = Date.now()) {
      const offset = Date.parse(serverIso) - localMs;
      if (Number.isNaN(offset)) return;
      this.serverOffsetMs = this.serverOffsetMs === null ? offset : Math.max(this.serverOffsetMs, offset);
    },
    reset() {
      this.$reset();
    },
  },
});
