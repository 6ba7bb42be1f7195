// docs/xapi.md is what an LRS's owner reads to understand Defuse's statements: every extension the
// exporter writes, the namespace and the base IRI must be documented there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFUSE_NAMESPACE } from '../../src/export/xapi/uuid-v5';
import { EXTENSIONS, XAPI_BASE } from '../../src/export/xapi/xapi-iris';

const doc = readFileSync('docs/xapi.md', 'utf8');

describe('docs/xapi.md', () => {
  it('documents every extension key, the base IRI and the UUID namespace', () => {
    const prefix = `${XAPI_BASE}extensions/`;
    expect(doc).toContain(prefix);
    for (const iri of Object.values(EXTENSIONS)) {
      expect(iri.startsWith(prefix)).toBe(true);
      expect(doc, iri).toMatch(new RegExp(`^\\| \`${iri.slice(prefix.length)}\` +\\|`, 'm'));
    }
    expect(doc).toContain(DEFUSE_NAMESPACE);
  });
});
