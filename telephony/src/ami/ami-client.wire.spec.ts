import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { pino } from 'pino';
import { AmiClient } from './ami-client.js';
import { AmiConnection } from './ami-connection.js';
import { AmiErrorCode } from './ami.errors.js';

/**
 * A loopback TCP server that speaks just enough AMI (banner, login, a Success answer to every
 * action) and records every byte the client writes: what reaches the wire, not what the code
 * means to send.
 */
class LoopbackAmi {
  received = '';
  /** Whether a login is followed by FullyBooted, as Asterisk does once its modules are loaded. */
  booted = true;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();

  constructor() {
    this.server = createServer((socket) => {
      this.sockets.add(socket);
      socket.setEncoding('utf8');
      socket.write('Asterisk Call Manager/9.0.0\r\n');
      let pending = '';
      socket.on('data', (chunk: string) => {
        this.received += chunk;
        pending += chunk;
        let end: number;
        while ((end = pending.indexOf('\r\n\r\n')) >= 0) {
          const message = pending.slice(0, end);
          pending = pending.slice(end + 4);
          const actionId = /^ActionID: (.*)$/im.exec(message)?.[1] ?? '';
          socket.write(`Response: Success\r\nActionID: ${actionId}\r\nMessage: ok\r\n\r\n`);
          if (/^Action: Login$/im.test(message) && this.booted)
            socket.write('Event: FullyBooted\r\nPrivilege: system,all\r\nStatus: Fully Booted\r\n\r\n');
        }
      });
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** What Asterisk sends every session once its last module has loaded. */
  announceBooted(): void {
    this.booted = true;
    for (const socket of this.sockets) socket.write('Event: FullyBooted\r\nStatus: Fully Booted\r\n\r\n');
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const logger = pino({ level: 'silent' });
const INJECTION = '1\r\nApplication: System\r\nData: touch /tmp/pwned';
let cleanup: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function connectedClient(): Promise<{ ami: AmiClient; server: LoopbackAmi }> {
  const server = new LoopbackAmi();
  const port = await server.listen();
  const ami = new AmiClient({ host: '127.0.0.1', port, username: 'switchboard', secret: 'secret', logger });
  cleanup.push(
    () => server.close(),
    () => ami.close(),
  );
  await ami.connect();
  return { ami, server };
}

describe('what reaches the AMI socket', () => {
  it('writes a clean action, and nothing of one that carries a header in a value', async () => {
    const { ami, server } = await connectedClient();
    await expect(ami.send({ action: 'Ping' })).resolves.toMatchObject({ response: 'Success' });
    expect(server.received).toMatch(/Action: Ping\r\n/);

    await expect(
      ami.send({ action: 'Originate', channel: 'Local/1@x', callerid: INJECTION, async: 'true' }),
    ).rejects.toMatchObject({ code: AmiErrorCode.UNSAFE_ACTION, details: { header: 'callerid' } });
    await expect(
      ami.send({ action: 'Originate', channel: 'Local/1@x', variable: { SB_PHONE: INJECTION } }),
    ).rejects.toMatchObject({ code: AmiErrorCode.UNSAFE_ACTION });
    // A later clean action is answered: whatever was refused would have been written before it.
    await ami.send({ action: 'Ping' });

    expect(server.received).not.toContain('Application');
    expect(server.received).not.toContain('Originate');
    expect(server.received.match(/Action: Ping/g)).toHaveLength(2);
  });

  it('refuses at the socket too, for a caller that bypasses the client', async () => {
    const server = new LoopbackAmi();
    const port = await server.listen();
    const connection = new AmiConnection({
      host: '127.0.0.1',
      port,
      username: 'switchboard',
      secret: 'secret',
      logger,
    });
    cleanup.push(
      () => server.close(),
      () => connection.close(),
    );
    await connection.start();
    expect(() =>
      connection.send({ action: 'Originate', callerid: INJECTION, actionid: 'a1' }, () => undefined),
    ).toThrow(expect.objectContaining({ code: AmiErrorCode.UNSAFE_ACTION }));
    const answered = new Promise((resolve) => connection.send({ action: 'Ping', actionid: 'a2' }, resolve));
    await answered;
    expect(server.received).not.toContain('Originate');
  });

  it('refuses credentials that would add lines to the login', () => {
    expect(
      () =>
        new AmiConnection({ host: '127.0.0.1', port: 1, username: 'switchboard', secret: 's\r\nEvents: on', logger }),
    ).toThrow(expect.objectContaining({ code: AmiErrorCode.UNSAFE_ACTION }));
  });
});

describe('logging in to an Asterisk that is still booting', () => {
  const connectTo = (port: number, bootWaitMs?: number) =>
    new AmiConnection({ host: '127.0.0.1', port, username: 'switchboard', secret: 'secret', logger, bootWaitMs });

  it('counts as connected only once Asterisk says FullyBooted', async () => {
    const server = new LoopbackAmi();
    server.booted = false;
    const connection = connectTo(await server.listen());
    cleanup.push(
      () => server.close(),
      () => connection.close(),
    );
    let connected = false;
    const started = connection.start().then(() => (connected = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.received).toMatch(/Action: login/i);
    expect(connected).toBe(false);
    expect(connection.isConnected).toBe(false);

    server.announceBooted();
    await started;
    expect(connection.isConnected).toBe(true);
  });

  it('goes on after bootWaitMs when FullyBooted never comes', async () => {
    const server = new LoopbackAmi();
    server.booted = false;
    const connection = connectTo(await server.listen(), 200);
    cleanup.push(
      () => server.close(),
      () => connection.close(),
    );
    await connection.start();
    expect(connection.isConnected).toBe(true);
  });
});
