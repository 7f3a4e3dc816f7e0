import { describe, expect, it } from 'vitest';
import { sniffAudioFormat } from './audio-upload.js';

const bytes = (...values: number[]) => Buffer.from(values);

describe('sniffAudioFormat', () => {
  it('knows WAV by RIFF....WAVE and MP3 by an ID3 tag or a frame sync', () => {
    expect(sniffAudioFormat(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBe('wav');
    expect(sniffAudioFormat(Buffer.from('ID3\x04\0\0'))).toBe('mp3');
    expect(sniffAudioFormat(bytes(0xff, 0xfb, 0x90, 0x64))).toBe('mp3');
  });

  it('refuses anything else: other RIFF files, text, reserved MPEG versions or layers, too few bytes', () => {
    expect(sniffAudioFormat(Buffer.from('RIFF\0\0\0\0AVI LIST'))).toBeNull();
    expect(sniffAudioFormat(Buffer.from('name,phone\n'))).toBeNull();
    expect(sniffAudioFormat(bytes(0xff, 0xe8))).toBeNull(); // version bits 01: reserved
    expect(sniffAudioFormat(bytes(0xff, 0xf9))).toBeNull(); // layer bits 00: reserved
    expect(sniffAudioFormat(Buffer.from('RI'))).toBeNull();
    expect(sniffAudioFormat(Buffer.alloc(0))).toBeNull();
  });
});
