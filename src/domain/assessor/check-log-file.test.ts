// Ten files at once, as an assessor receives them: each gets its own verdict, saying where it went
// wrong, and none stops the others; an oversized file is refused without a byte being read.
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFrameworkFiles } from '../../../scripts/load-frameworks';
import { loadShippedScenarioVersions } from '../../../scripts/scenario-versions';
import { batchCases, HOSTILE_NAME, type BatchCase } from '../../test-util/assess-files';
import type { KnownScenarioVersions } from '../session/verify-log';
import { checkLogFile, type FileInput } from './check-log-file';
import { ASSESS_MAX_BYTES, FILE_KIND_LABEL } from './checked-file';

const root = fileURLToPath(new URL('../../../scenarios', import.meta.url));
const frameworks = loadFrameworkFiles(`${root}/frameworks`);
let known: KnownScenarioVersions;
let cases: BatchCase[];

beforeAll(async () => {
  const versions = await loadShippedScenarioVersions(root);
  known = (id, hash) => {
    const s = versions.get(hash);
    return s?.id === id ? s : null;
  };
  cases = await batchCases();
});

/** A file that fails the test if it is read. */
const input = (c: BatchCase): FileInput => ({
  size: c.size,
  read: async () => {
    if (!c.bytes) throw new Error(`${c.name} must not be read`);
    return c.bytes;
  },
});

describe('checkLogFile', () => {
  it('gives each of ten files its own verdict, saying where a broken one went wrong', async () => {
    const checked = await Promise.all(cases.map((c) => checkLogFile(input(c), known, frameworks)));
    checked.forEach((v, i) => {
      const c = cases[i]!;
      expect(v.kind, `${c.name}: ${v.problems.join('; ')}`).toBe(c.kind);
      expect(v.ok).toBe(c.kind === 'verified');
      if (c.says) expect(v.problems[0], c.name).toContain(c.says);
      expect(v.practice).toBe(c.practice ?? false);
    });
    expect(checked.map((v) => FILE_KIND_LABEL[v.kind])).toEqual([
      'Verified',
      'Verified',
      'Not JSON',
      'Tampered',
      'Not a Defuse log',
      'Unsupported format version',
      'Too large',
      'Unknown scenario version',
      'Tampered',
      'Not JSON',
    ]);
  });

  it('keeps the verified log as written and adds what the cohort lists', async () => {
    const [ana] = cases;
    const v = await checkLogFile(input(ana!), known, frameworks);
    expect(v.log?.header.learnerName).toBe(HOSTILE_NAME);
    expect(v.facts?.turns).toBeGreaterThan(2);
    expect(v.facts?.outcome).not.toBeNull();
    expect(v.facts?.signed).toMatchObject({ name: HOSTILE_NAME, current: true });
    // passport-delay declares five units; the fixture is scored against every one of them.
    const unit7 = v.facts?.coverage.find((c) => c.frameworkId === 'btec-l2-unit7-conflict');
    expect(unit7?.total).toBe(17);
    expect(unit7!.demonstrated.length).toBeGreaterThan(0);
    expect(v.facts?.coverage.map((c) => c.frameworkId)).toContain('iao-l3-difficult-customers');
  });

  it('refuses a file over 5 MB from its size alone, in words that name the limit', async () => {
    const v = await checkLogFile(
      { size: ASSESS_MAX_BYTES + 1, read: () => Promise.reject(new Error('read')) },
      known,
      frameworks,
    );
    expect(v).toMatchObject({ kind: 'too-large', ok: false });
    expect(v.problems).toEqual([
      'file is more than 5 MB; the assessor workspace reads session logs of at most 5 MB',
    ]);
  });

  it('turns a file that cannot be read into its own verdict', async () => {
    const v = await checkLogFile(
      { size: 10, read: () => Promise.reject(new Error('NotReadableError')) },
      known,
      frameworks,
    );
    expect(v).toMatchObject({
      kind: 'unreadable',
      problems: ['the file could not be read (NotReadableError)'],
    });
  });

  it('never throws, whatever bytes it is given', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const v = await checkLogFile(
          { size: bytes.length, read: async () => bytes },
          known,
          frameworks,
        );
        expect(Object.keys(FILE_KIND_LABEL)).toContain(v.kind);
        expect(v.ok).toBe(false);
        expect(v.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
