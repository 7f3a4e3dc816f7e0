import type { Socket } from 'node:net';

/** The `agi_*` variables Asterisk sends when a FastAGI connection opens, without the prefix. */
export type AgiEnvironment = Record<string, string>;

export class AgiHangupError extends Error {
  constructor() {
    super('The channel hung up during the AGI session');
    this.name = 'AgiHangupError';
  }
}

/** One line of Asterisk's answer: `200 result=1 (data)`. */
export interface AgiReply {
  code: number;
  result: string;
  data?: string;
}

const REPLY = /^(\d{3}) result=(\S*)(?: \((.*)\))?/;

/**
 * One FastAGI conversation: the environment block, then commands and their replies in
 * strict alternation. Asterisk sends `HANGUP` on its own when the channel goes away
 * (agi_network signalling); that fails the command waiting for a reply.
 */
export class AgiSession {
  private buffer = '';
  private readonly lines: string[] = [];
  private waiting: { resolve: (line: string) => void; reject: (error: Error) => void } | undefined;
  private closed = false;

  constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.receive(chunk));
    socket.on('close', () => this.fail(new AgiHangupError()));
    socket.on('error', (error) => this.fail(error));
  }

  /** Reads the `agi_name: value` lines up to the blank line that ends them. */
  async environment(): Promise<AgiEnvironment> {
    const environment: AgiEnvironment = {};
    for (;;) {
      const line = await this.nextLine();
      if (line === '') return environment;
      const separator = line.indexOf(':');
      if (separator > 0 && line.startsWith('agi_')) {
        environment[line.slice(4, separator)] = line.slice(separator + 1).trim();
      }
    }
  }

  /** Sends one AGI command and resolves with Asterisk's reply; a non-200 reply rejects. */
  async command(text: string): Promise<AgiReply> {
    if (this.closed) throw new AgiHangupError();
    this.socket.write(`${text}\n`);
    const line = await this.nextLine();
    if (line === 'HANGUP') throw new AgiHangupError();
    const match = REPLY.exec(line);
    if (!match) throw new Error(`Unexpected AGI reply to "${text}": ${line}`);
    const reply: AgiReply = { code: Number(match[1]), result: match[2]!, data: match[3] };
    if (reply.code !== 200) throw new Error(`AGI command "${text}" failed: ${line}`);
    return reply;
  }

  /**
   * `GET VARIABLE`: the channel variable's value, '' when unset. Handlers read caller-controlled
   * values (SB_PHONE) this way rather than as AGI() arguments, where a comma in a caller id
   * would shift every argument after it.
   */
  async getVariable(name: string): Promise<string> {
    if (!/^[A-Za-z0-9_]+$/.test(name)) throw new RangeError(`not a channel variable name: ${name}`);
    const reply = await this.command(`GET VARIABLE ${name}`);
    return reply.result === '1' ? (reply.data ?? '') : '';
  }

  /** `SET VARIABLE`; quotes and backslashes in the value are escaped as AGI requires. */
  setVariable(name: string, value: string): Promise<AgiReply> {
    return this.command(`SET VARIABLE ${name} "${value.replace(/(["\\])/g, '\\$1')}"`);
  }

  /** Runs a dialplan application, e.g. `exec('UserEvent', 'Name,Header: value')`. */
  exec(application: string, options: string): Promise<AgiReply> {
    return this.command(`EXEC ${application} "${options.replace(/(["\\])/g, '\\$1')}"`);
  }

  /** Ends the session; the dialplan continues after AGI(). */
  close(): void {
    this.closed = true;
    this.socket.end();
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let newline = this.buffer.indexOf('\n');
    while (newline >= 0) {
      this.lines.push(this.buffer.slice(0, newline).replace(/\r$/, ''));
      this.buffer = this.buffer.slice(newline + 1);
      newline = this.buffer.indexOf('\n');
    }
    this.flush();
  }

  private flush(): void {
    if (this.waiting && this.lines.length > 0) {
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting.resolve(this.lines.shift()!);
    }
  }

  private fail(error: Error): void {
    this.closed = true;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(error);
  }

  private nextLine(): Promise<string> {
    if (this.lines.length > 0) return Promise.resolve(this.lines.shift()!);
    if (this.closed) return Promise.reject(new AgiHangupError());
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }
}
