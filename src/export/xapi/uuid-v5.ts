/**
 * Name-based UUIDs (RFC 4122 version 5: SHA-1 of a namespace and a name), so the same name always
 * gives the same id. Statement ids and registrations are made this way from the session log, which
 * makes sending a session twice harmless: an LRS keeps one statement per id. WebCrypto's SHA-1 is
 * used, in the browser and in Node; it identifies, it does not protect anything.
 */

/** RFC 4122's namespace for URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * Defuse's own namespace: uuidV5(URL_NAMESPACE, XAPI_BASE) (a test checks it), written out so
 * making an id needs one digest, not two.
 */
export const DEFUSE_NAMESPACE = '7b62c110-f087-50d6-a116-5fc46c6b5451';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `text` is a UUID in the 8-4-4-4-12 hex form. */
export const isUuid = (text: string): boolean => UUID.test(text);

function uuidBytes(uuid: string): Uint8Array {
  if (!isUuid(uuid)) throw new Error(`not a UUID: ${JSON.stringify(uuid)}`);
  const hex = uuid.replace(/-/g, '');
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

/** The version 5 UUID of `name` in `namespace` (lower-case, as RFC 4122 writes them). */
export async function uuidV5(namespace: string, name: string): Promise<string> {
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(uuidBytes(namespace), 0);
  input.set(nameBytes, 16);
  const hash = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', input));
  const b = hash.slice(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50; // version 5
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
