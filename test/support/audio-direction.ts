import { execFile } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

/**
 * Who hears what: a known tone, RTP endpoints that send and record audio, and sox to measure
 * how much of the tone a recording holds. Used by the spy tests (test/supervision/spy.test.ts)
 * and reusable by browser journeys (a WAV for Chromium's --use-file-for-fake-audio-capture).
 *
 * Frequencies are chosen for G.711 at 8 kHz: a tone whose period is a whole number of samples
 * (8000 / f) puts its distortion only on multiples of f, so the 1 kHz probe tone and the
 * background hums (1600 Hz, 2000 Hz) never leak into each other's band.
 */

const run = promisify(execFile);
const SOX = '/usr/bin/sox';

/** The supervisor's voice in the tests. */
export const PROBE_TONE_HZ = 1000;
/** Background audio each party sends so that every leg carries frames (a silent leg carries none). */
export const CUSTOMER_HUM_HZ = 1600;
export const AGENT_HUM_HZ = 2000;

/** G.711 µ-law, 8 kHz mono: what the test phones' RTP carries (payload type 0). */
const RATE = 8000;
const PACKET_SAMPLES = 160;
const PACKET_MS = 20;

/** Raw µ-law samples of a sine, made by sox. */
export async function sineUlaw(hz: number, seconds: number, volume = 0.5): Promise<Buffer> {
  const { stdout } = await run(
    SOX,
    [
      '-n',
      '-r',
      String(RATE),
      '-c',
      '1',
      '-e',
      'u-law',
      '-t',
      'raw',
      '-',
      'synth',
      String(seconds),
      'sine',
      String(hz),
      'vol',
      String(volume),
    ],
    { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
  );
  return stdout;
}

/** A sine as a file sox writes by its extension (.wav 16-bit PCM, .sln raw signed linear 8 kHz for Playback). */
export async function writeSine(
  path: string,
  options: { hz: number; seconds: number; volume?: number; rate?: number; channels?: number },
): Promise<void> {
  const format = path.endsWith('.sln') ? ['-e', 'signed', '-b', '16', '-t', 'raw'] : ['-e', 'signed', '-b', '16'];
  await run(SOX, [
    '-n',
    '-r',
    String(options.rate ?? RATE),
    '-c',
    String(options.channels ?? 1),
    ...format,
    path,
    'synth',
    String(options.seconds),
    'sine',
    String(options.hz),
    'vol',
    String(options.volume ?? 0.5),
  ]);
}

/** The probe tone as a 48 kHz WAV, for Chromium's --use-file-for-fake-audio-capture. */
export const writeProbeToneWav = (path: string, seconds = 120) =>
  writeSine(path, { hz: PROBE_TONE_HZ, seconds, rate: 48_000 });

export interface AudioLevels {
  /** Seconds of audio measured. */
  seconds: number;
  /** RMS amplitude of everything (full scale = 1). */
  rms: number;
  /** RMS amplitude within ±100 Hz of the probe tone. */
  toneRms: number;
}

const SILENT: AudioLevels = { seconds: 0, rms: 0, toneRms: 0 };

function rmsOf(soxStatOutput: string): number {
  const match = /RMS\s+amplitude:\s+([0-9.eE+-]+)/.exec(soxStatOutput);
  if (!match) throw new Error(`sox stat gave no RMS amplitude:\n${soxStatOutput}`);
  return Number(match[1]);
}

async function stat(input: string[], effects: string[] = []): Promise<string> {
  // sox writes `stat` to stderr.
  const { stderr } = await run(SOX, [...input, '-n', ...effects, 'stat']);
  return stderr;
}

/** Levels of a file sox can read by itself (a MixMonitor WAV). */
export async function levelsOfFile(path: string, toneHz = PROBE_TONE_HZ): Promise<AudioLevels> {
  const whole = await stat([path]);
  const seconds = Number(/Length \(seconds\):\s+([0-9.]+)/.exec(whole)?.[1] ?? 0);
  if (seconds < 0.1) return SILENT;
  const band = await stat([path], ['sinc', `${toneHz - 100}-${toneHz + 100}`]);
  return { seconds, rms: rmsOf(whole), toneRms: rmsOf(band) };
}

/** Levels of raw µ-law audio (what an RtpPeer received). */
export async function levelsOfUlaw(audio: Buffer, path: string, toneHz = PROBE_TONE_HZ): Promise<AudioLevels> {
  if (audio.length < RATE / 10) return { ...SILENT, seconds: audio.length / RATE };
  await writeFile(path, audio);
  const input = ['-t', 'ul', '-r', String(RATE), '-c', '1', path];
  const [whole, band] = await Promise.all([stat(input), stat(input, ['sinc', `${toneHz - 100}-${toneHz + 100}`])]);
  return { seconds: audio.length / RATE, rms: rmsOf(whole), toneRms: rmsOf(band) };
}

/**
 * Thresholds for a probe tone sent at volume 0.5 (RMS ≈ 0.35): present when its band holds
 * more than a tenth of that, absent below a hundredth (hums, codec noise and clicks stay far
 * under it).
 */
export const TONE_PRESENT_RMS = 0.035;
export const TONE_ABSENT_RMS = 0.0035;

interface Received {
  at: number;
  payload: Buffer;
}

/**
 * One side of an RTP call in the test process: a UDP socket on the PBX address that sends
 * µ-law audio in 20 ms packets (looping) and keeps every payload it receives with its arrival
 * time. A test phone started with `externalMediaPort: peer.port` offers it in its SDP.
 */
export class RtpPeer {
  private readonly received: Received[] = [];
  private timer: NodeJS.Timeout | undefined;
  private sequence = Math.floor(Math.random() * 65_535);
  private timestamp = Math.floor(Math.random() * 2 ** 31);
  private readonly ssrc = Math.floor(Math.random() * 2 ** 31);

  private constructor(
    private readonly socket: Socket,
    readonly port: number,
  ) {
    socket.on('message', (message) => {
      // 12-byte header without CSRCs or extensions (Asterisk's); payload type 0 (PCMU) only.
      if (message.length <= 12 || (message[1]! & 0x7f) !== 0) return;
      const csrcs = message[0]! & 0x0f;
      this.received.push({ at: performance.now(), payload: message.subarray(12 + 4 * csrcs) });
    });
  }

  static open(host = '127.0.0.1'): Promise<RtpPeer> {
    return new Promise((resolve, reject) => {
      const socket = createSocket('udp4');
      socket.once('error', reject);
      socket.bind(0, host, () => resolve(new RtpPeer(socket, socket.address().port)));
    });
  }

  /** Sends `audio` (raw µ-law) to `remote` in real time, over and over, until stopped. */
  play(remote: { host: string; port: number }, audio: Buffer): void {
    this.stopPlaying();
    let offset = 0;
    const started = performance.now();
    let sent = 0;
    const tick = () => {
      // Catch up on timer lateness so the far end's jitter buffer never runs dry.
      const due = Math.floor((performance.now() - started) / PACKET_MS) + 1;
      for (; sent < due; sent += 1) {
        if (offset + PACKET_SAMPLES > audio.length) offset = 0;
        const header = Buffer.alloc(12);
        header[0] = 0x80;
        header[1] = 0;
        header.writeUInt16BE(this.sequence, 2);
        header.writeUInt32BE(this.timestamp >>> 0, 4);
        header.writeUInt32BE(this.ssrc, 8);
        this.socket.send(
          Buffer.concat([header, audio.subarray(offset, offset + PACKET_SAMPLES)]),
          remote.port,
          remote.host,
        );
        this.sequence = (this.sequence + 1) & 0xffff;
        this.timestamp = (this.timestamp + PACKET_SAMPLES) % 2 ** 32;
        offset += PACKET_SAMPLES;
      }
    };
    this.timer = setInterval(tick, PACKET_MS / 2);
  }

  stopPlaying(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** A point in time to measure from. */
  mark(): number {
    return performance.now();
  }

  /** µ-law audio received between two marks (to now when `to` is left out). */
  heardBetween(from: number, to = performance.now()): Buffer {
    return Buffer.concat(this.received.filter((packet) => packet.at >= from && packet.at < to).map((p) => p.payload));
  }

  close(): Promise<void> {
    this.stopPlaying();
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}
