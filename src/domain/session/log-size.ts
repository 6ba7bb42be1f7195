/**
 * The size limit for a session log, checked before a file is read or parsed: a real log is a few
 * hundred KB at most, and parsing a huge file would freeze a tab (or exhaust a verifier's memory) for
 * nothing. MB here are SI megabytes (1,000,000 bytes), as file managers on most systems show them.
 */

/** The largest session log Defuse reads: 50 MB. */
export const MAX_LOG_BYTES = 50_000_000;

const mb = (bytes: number) => {
  const n = bytes / 1_000_000;
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
};

/** The UTF-8 length of `text` in bytes (what the file it came from, or will go to, holds). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * "file is 52.4 MB; Defuse session logs are at most 50 MB", or undefined when `bytes` is within the
 * limit. `limit` words the limit for a reader with a smaller one (the assessor workspace).
 */
export function sizeProblem(
  bytes: number,
  maxBytes = MAX_LOG_BYTES,
  limit = 'Defuse session logs are at most',
): string | undefined {
  if (bytes <= maxBytes) return undefined;
  // Never round a file just over the limit down to the limit itself ("50.0 MB; … at most 50 MB").
  const shown =
    mb(bytes) === mb(maxBytes) || Number(mb(bytes)) <= maxBytes / 1_000_000
      ? `more than ${mb(maxBytes)}`
      : mb(bytes);
  return `file is ${shown} MB; ${limit} ${mb(maxBytes)} MB`;
}
