import { createConnection } from 'node:net';
import { assertSafeAction } from '../ami/ami-action-safety.js';

export interface AmiProbeResult {
  answers: boolean;
  /** `Asterisk Call Manager/x.y.z` from the greeting, when it answered. */
  greeting?: string;
  /** True once Asterisk reported FullyBooted: every module loaded. */
  booted: boolean;
  error?: string;
}

/**
 * Logs in over a raw socket and waits for FullyBooted. Deliberately independent of the AMI
 * adapter: `pbx:status` must tell "Asterisk is down" from "our client is broken".
 */
export function probeAmi(
  target: { host: string; port: number; username: string; secret: string },
  timeoutMs = 2000,
): Promise<AmiProbeResult> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: target.host, port: target.port });
    let received = '';
    let greeting: string | undefined;
    const finish = (result: AmiProbeResult) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ answers: greeting !== undefined, greeting, booted: false, error: 'timeout' }),
      timeoutMs,
    );
    socket.setEncoding('utf8');
    socket.on('error', (error) => finish({ answers: false, booted: false, error: error.message }));
    socket.on('data', (chunk: string) => {
      received += chunk;
      if (greeting === undefined && received.includes('\r\n')) {
        greeting = received.slice(0, received.indexOf('\r\n'));
        const login = { action: 'Login', username: target.username, secret: target.secret, events: 'system' };
        // Raw bytes on purpose (see above), but through the same header check as the adapter.
        try {
          assertSafeAction(login);
        } catch (error) {
          return finish({ answers: true, greeting, booted: false, error: (error as Error).message });
        }
        socket.write(
          `Action: Login\r\nUsername: ${target.username}\r\nSecret: ${target.secret}\r\nEvents: system\r\n\r\n`,
        );
      }
      if (/Response: Error/i.test(received))
        finish({ answers: true, greeting, booted: false, error: 'login rejected' });
      else if (/Event: FullyBooted/i.test(received)) finish({ answers: true, greeting, booted: true });
    });
  });
}
