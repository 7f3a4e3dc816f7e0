import { createServer, type Server, type Socket } from 'node:net';
import type { Logger } from 'pino';
import { AgiHangupError, AgiSession, type AgiEnvironment } from './agi-session.js';

/** Handles one AGI request: `agi://host:port/<script>` selects the handler by script name. */
export type AgiHandler = (session: AgiSession, environment: AgiEnvironment, logger: Logger) => Promise<void>;

export interface FastAgiServer {
  /** The port actually bound (useful when 0 was asked for). */
  port: number;
  close(): Promise<void>;
}

/**
 * A session that does not finish in this time is cut, so that the call goes on. Above the
 * caller identification's CRM timeout (10 s at most) with room for its database lookups.
 */
const SESSION_TIMEOUT_MS = 15_000;

async function serve(socket: Socket, handlers: ReadonlyMap<string, AgiHandler>, logger: Logger): Promise<void> {
  const session = new AgiSession(socket);
  socket.setTimeout(SESSION_TIMEOUT_MS, () => socket.destroy());
  const environment = await session.environment();
  const script = (environment['network_script'] ?? '').split('?')[0]!;
  const log = logger.child({ agiScript: script, channel: environment['channel'], uniqueid: environment['uniqueid'] });
  const handler = handlers.get(script);
  if (!handler) {
    log.warn('no FastAGI handler for this script');
    session.close();
    return;
  }
  try {
    await handler(session, environment, log);
  } finally {
    session.close();
  }
}

/**
 * A FastAGI server (Node `net`): Asterisk connects once per AGI() call. A failing handler is
 * logged and the session closed; the dialplan decides what a missing answer means.
 */
export function startFastAgiServer(
  options: { host: string; port: number; handlers: ReadonlyMap<string, AgiHandler> },
  logger: Logger,
): Promise<FastAgiServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serve(socket, options.handlers, logger).catch((error: unknown) => {
      if (error instanceof AgiHangupError) logger.debug('channel hung up during AGI');
      else logger.error({ err: error }, 'FastAGI session failed');
      socket.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      logger.info({ host: options.host, port }, 'FastAGI server listening');
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
