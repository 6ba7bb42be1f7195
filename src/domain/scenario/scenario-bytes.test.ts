/** What counts as a scenario file's text: UTF-8 only, with the offset of the first bad byte, and a size limit. */
import { describe, expect, it } from 'vitest';
import { decodeScenarioBytes, firstInvalidUtf8, MAX_SCENARIO_BYTES } from './scenario-bytes';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('firstInvalidUtf8', () => {
  it('accepts ASCII, accents, CJK, emoji and the largest code point', () => {
    expect(firstInvalidUtf8(utf8('Málaga — 東京 🙂 \u{10FFFF}'))).toBe(-1);
  });

  it.each([
    ['a Latin-1 á', bytes(0x4d, 0xe1, 0x6c), 1],
    ['a lone continuation byte', bytes(0x61, 0x80), 1],
    ['an overlong two-byte form', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0x61, 0xe0, 0x80, 0xaf), 1],
    ['a UTF-16 surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short at the end', bytes(0x61, 0x62, 0xe2, 0x82), 2],
    ['a sequence cut short by ASCII', bytes(0xe2, 0x41, 0x42), 0],
  ])('finds %s', (_what, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
  });
});

describe('decodeScenarioBytes', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeScenarioBytes(utf8('\uFEFFid: málaga'), 'x.yaml')).toEqual({
      ok: true,
      source: 'id: málaga',
    });
  });

  it('names the line, the column and the byte offset of the first bad byte', () => {
    const input = new Uint8Array([...utf8('a: 1\nb: é'), 0xe9, 0x0a]);
    expect(decodeScenarioBytes(input, 'x.yaml')).toEqual({
      ok: false,
      error:
        'x.yaml: line 2, column 5 (byte offset 10): not UTF-8 text (byte 0xE9) — save the file as UTF-8 (it may be Latin-1 or Windows-1252)',
    });
  });

  it('refuses a file over the limit, and takes one at it', () => {
    const at = new Uint8Array(MAX_SCENARIO_BYTES).fill(0x20);
    expect(decodeScenarioBytes(at, 'x.yaml').ok).toBe(true);
    const over = new Uint8Array(MAX_SCENARIO_BYTES + 1).fill(0x20);
    expect(decodeScenarioBytes(over, 'x.yaml')).toEqual({
      ok: false,
      error:
        'x.yaml: the file is 513 KB, over the 512 KB a scenario file may be — shorten its text or split it into several scenarios',
    });
  });
});
