import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useConnectionStore } from './connection';

describe('the connection store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('goes connecting, connected, reconnecting and counts a recovery', () => {
    const connection = useConnectionStore();
    connection.socketConnecting();
    expect(connection.status).toBe('connecting');
    expect(connection.socketOpened()).toBe(false);
    connection.socketClosed();
    expect(connection.isDegraded).toBe(true);
    expect(connection.socketOpened()).toBe(true);
    expect(connection.reconnects).toBe(1);
    expect(connection.isConnected).toBe(true);
  });

  it('stays idle with nobody logged in', () => {
    const connection = useConnectionStore();
    connection.socketClosed();
    connection.browserOffline();
    expect(connection.status).toBe('idle');
  });

  it('estimates the server clock from the least delayed event', () => {
    const connection = useConnectionStore();
    connection.observeServerTime('2026-12-02T10:00:05.000Z', Date.parse('2026-12-02T10:00:00.500Z'));
    connection.observeServerTime('2026-12-02T10:00:06.000Z', Date.parse('2026-12-02T10:00:01.000Z'));
    expect(connection.serverOffsetMs).toBe(5000);
    connection.observeServerTime('not a date');
    expect(connection.serverOffsetMs).toBe(5000);
  });
});
