/**
 * SHA-256 over RFC 8785 canonical JSON, so the same value hashes the same in every browser and in
 * Node. WebCrypto's digest is used in both. The canonical text is written here in one pass that also
 * checks the value is plain JSON (json-value.ts): for plain JSON, RFC 8785 is exactly keys sorted by
 * UTF-16 code units and JSON.stringify's strings and numbers, and a property test holds this to the
 * `canonicalize` package (by one of the RFC's authors) on random values. An assessor verifying a
 * thousand logs hashes every entry twice (chain and seal), so one pass instead of two matters.
 */
import { jsonProblem } from './json-value';

export class HashError extends Error {}

const LONE_SURROGATE = /\p{Cs}/u;

/** Thrown inside `write` on anything that is not plain JSON; the caller names the place. */
const NOT_JSON = Symbol('not JSON');

function write(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw NOT_JSON;
      return JSON.stringify(value);
    case 'string':
      if (LONE_SURROGATE.test(value)) throw NOT_JSON;
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + write(value[i]);
        return `${out}]`;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) throw NOT_JSON;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      let out = '{';
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        out += `${i > 0 ? ',' : ''}${write(key)}:${write(record[key])}`;
      }
      return `${out}}`;
    }
    default:
      throw NOT_JSON;
  }
}

/** The canonical JSON text of `value`; throws HashError naming the place that is not JSON. */
export function canonicalJson(value: unknown, what = 'value'): string {
  try {
    return write(value);
  } catch (e) {
    if (e !== NOT_JSON) throw e;
    throw new HashError(jsonProblem(value, what) ?? `${what} has no JSON form`);
  }
}

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Lower-case hex SHA-256 of a UTF-8 string. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(
    await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text)),
  );
  let hex = '';
  for (let i = 0; i < digest.length; i++) hex += HEX[digest[i]!];
  return hex;
}

/** SHA-256 of the canonical JSON of `value`. */
export const hashCanonical = (value: unknown, what?: string): Promise<string> =>
  sha256Hex(canonicalJson(value, what));
