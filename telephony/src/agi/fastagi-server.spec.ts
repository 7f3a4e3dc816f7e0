import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { startFastAgiServer, type AgiHandler, type FastAgiServer } from './fastagi-server.js';

const logger = pino({ level: 'silent' });
let server: FastAgiServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Plays Asterisk: sends the environment, answers every command with `reply`, collects them. */
async function converse(
  script: string,
  reply: string | ((command: string) => string) = '200 result=1',
): Promise<{ commands: string[]; socket: Socket }> {
  const socket = connect(server!.port, '127.0.0.1');
  const commands: string[] = [];
  socket.setEncoding('utf8');
  let buffer = '';
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const command = buffer.slice(0, newline);
      commands.push(command);
      buffer = buffer.slice(newline + 1);
      socket.write(`${typeof reply === 'string' ? reply : reply(command)}\n`);
    }
  });
  socket.write(
    [
      'agi_network: yes',
      `agi_network_script: ${script}`,
      `agi_request: agi://127.0.0.1/${script}`,
      'agi_channel: Local/885550001@switchboard-routes-00000001;2',
      'agi_arg_1: 5550001',
      '',
      '',
    ].join('\n'),
  );
  await new Promise((resolve) => socket.on('close', resolve));
  return { commands, socket };
}

describe('FastAGI server', () => {
  it('hands the environment to the handler of the script and escapes what it sets', async () => {
    const seen: Record<string, string>[] = [];
    const handler: AgiHandler = async (session, environment) => {
      seen.push(environment);
      await session.setVariable('SB_NOTE', 'say "hi" \\ bye');
    };
    server = await startFastAgiServer({ host: '127.0.0.1', port: 0, handlers: new Map([['dnc', handler]]) }, logger);
    const { commands } = await converse('dnc');
    expect(seen[0]).toMatchObject({ network_script: 'dnc', arg_1: '5550001' });
    expect(commands).toEqual(['SET VARIABLE SB_NOTE "say \\"hi\\" \\\\ bye"']);
  });

  it('reads channel variables, commas and parentheses included, and unset ones as empty', async () => {
    const read: string[] = [];
    const handler: AgiHandler = async (session) => {
      read.push(await session.getVariable('SB_PHONE'), await session.getVariable('SB_NOTHING'));
    };
    server = await startFastAgiServer({ host: '127.0.0.1', port: 0, handlers: new Map([['dnc', handler]]) }, logger);
    const { commands } = await converse('dnc', (command) =>
      command === 'GET VARIABLE SB_PHONE' ? '200 result=1 (5550001,(x) y)' : '200 result=0',
    );
    expect(commands).toEqual(['GET VARIABLE SB_PHONE', 'GET VARIABLE SB_NOTHING']);
    expect(read).toEqual(['5550001,(x) y', '']);
  });

  it('closes the session of an unknown script without a command', async () => {
    server = await startFastAgiServer({ host: '127.0.0.1', port: 0, handlers: new Map() }, logger);
    expect((await converse('nope')).commands).toEqual([]);
  });

  it('ends the session when Asterisk reports the channel hung up', async () => {
    let failure: unknown;
    const handler: AgiHandler = async (session) => {
      await session.setVariable('A', '1').catch((error: unknown) => {
        failure = error;
      });
    };
    server = await startFastAgiServer({ host: '127.0.0.1', port: 0, handlers: new Map([['dnc', handler]]) }, logger);
    await converse('dnc', 'HANGUP');
    expect((failure as Error).name).toBe('AgiHangupError');
  });
});
