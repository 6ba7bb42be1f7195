// The one-pass canonical JSON writer against the reference RFC 8785 implementation (`canonicalize`,
// by one of the RFC's authors): the same text for every plain JSON value, so every hash already
// written in a log stays the hash the verifier computes.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, HashError, sha256Hex } from './hash';

const awkwardKeys = fc.dictionary(
  fc.oneof(
    fc.string(),
    fc.constantFrom('', 'é', 'e\u0301', '\u{1F600}', 'Z', 'a', '10', '9', '__proto__x'),
  ),
  fc.jsonValue(),
);

describe('canonicalJson', () => {
  it('writes exactly what canonicalize writes for any JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), awkwardKeys), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers as RFC 8785 gives them', () => {
    for (const n of [0, -0, 1e21, 1e-7, 0.1 + 0.2, -1.5e300, 5e-324, 2 ** 53])
      expect(canonicalJson([n])).toBe(canonicalize([n]));
  });

  it('names the first place that is not JSON, as jsonProblem does', () => {
    expect(() => canonicalJson({ b: 1, a: { c: NaN } }, 'entry 3')).toThrow(
      new HashError('entry 3.a.c is NaN, not a JSON number'),
    );
    expect(() => canonicalJson({ t: 'x\uD800' })).toThrow(/value\.t contains a lone surrogate/);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/value\.d is not a plain object/);
    expect(() => canonicalJson({ u: undefined })).toThrow(/value\.u is undefined, not JSON/);
  });

  it('hashes as lower-case hex SHA-256 of the UTF-8 text', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    const text = 'Zoë’s “account” \u{1F600}';
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
