/**
 * A scenario file's bytes become text only if they are a sensible size and really UTF-8. Decoding
 * Latin-1 as UTF-8 silently turns "Málaga" into "M�laga" in what learners read; a 20 MB file would
 * land whole in one browser chunk. Both are refused here, for the checker and the build alike.
 */

/** The largest scenario file accepted: over ten times the largest built-in (passport-delay, 43 KB). */
export const MAX_SCENARIO_BYTES = 512 * 1024;

export type DecodeResult = { ok: true; source: string } | { ok: false; error: string };

const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB`;

/** The file's text, or a one-line error naming the file, the place and what to do. */
export function decodeScenarioBytes(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length > MAX_SCENARIO_BYTES) return { ok: false, error: tooBig(file, bytes.length) };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, column } = lineAndColumn(bytes, bad);
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      error:
        `${file}: line ${line}, column ${column} (byte offset ${bad}): not UTF-8 text (byte 0x${hex}) — ` +
        'save the file as UTF-8 (it may be Latin-1 or Windows-1252)',
    };
  }
  // Valid UTF-8 by now; TextDecoder drops a leading byte-order mark, as editors expect.
  return { ok: true, source: new TextDecoder('utf-8').decode(bytes) };
}

/** The message for a file of `size` bytes, over the limit (also used before reading it at all). */
export function tooBig(file: string, size: number): string {
  return (
    `${file}: the file is ${kb(size)}, over the ${kb(MAX_SCENARIO_BYTES)} a scenario file may be — ` +
    'shorten its text or split it into several scenarios'
  );
}

/**
 * The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF), or -1 when every byte is.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: how many continuation bytes follow, and the allowed range of the first of them.
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in characters, counting each bad byte as one) of byte `offset`. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) column++; // continuation bytes belong to the character before
  }
  return { line, column };
}
