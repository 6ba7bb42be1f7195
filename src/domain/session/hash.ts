/**
 * SHA-256 over RFC 8785 canonical JSON (the `canonicalize` package, by one of the RFC's authors), so
 * the same value hashes the same in every browser and in Node. WebCrypto's digest is used in both.
 */
import canonicalize from 'canonicalize';
import { jsonProblem } from './json-value';

export class HashError extends Error {}

/** The canonical JSON text of `value`; throws HashError naming the place that is not JSON. */
export function canonicalJson(value: unknown, what = 'value'): string {
  const problem = jsonProblem(value, what);
  if (problem) throw new HashError(problem);
  const text = canonicalize(value);
  if (text === undefined) throw new HashError(`${what} has no JSON form`);
  return text;
}

/** Lower-case hex SHA-256 of a UTF-8 string. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of the canonical JSON of `value`. */
export const hashCanonical = (value: unknown, what?: string): Promise<string> =>
  sha256Hex(canonicalJson(value, what));
