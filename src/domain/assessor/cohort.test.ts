// The cohort table's rows, sorting and filtering: one row per checked file with what it claims and
// its status; sorting is a stable permutation with unknown values last either way; filters keep
// exactly the rows that match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedLog, HASH, refusedFile } from '../../test-util/checked-files';
import type { FileKind } from './checked-file';
import {
  cohortRows,
  cohortUnits,
  filterRows,
  rowMatches,
  SORT_KEYS,
  sortRows,
  type CohortFile,
} from './cohort';
import { coverageWords, statusWords } from './cohort-words';

function logFile(
  id: number,
  o: { name?: string; learner?: string; scenario?: string; attempt?: number; kind?: FileKind } = {},
): CohortFile {
  const scenario = o.scenario ?? 'passport-delay';
  return checkedLog(id, {
    ...(o.name ? { name: o.name } : {}),
    ...(o.kind ? { kind: o.kind } : {}),
    header: {
      learnerName: o.learner ?? `Learner ${id}`,
      attempt: o.attempt ?? 1,
      scenario: {
        id: scenario,
        title: scenario === 'passport-delay' ? 'Passport' : scenario,
        hash: HASH('a'),
      },
    },
    facts: {
      coverage: [
        {
          frameworkId: 'unit-a',
          demonstrated: ['1.1', '1.2'].slice(0, id % 3),
          partly: [],
          total: 4,
        },
      ],
    },
  });
}

const broken = (id: number, kind: FileKind): CohortFile =>
  refusedFile(id, kind, 'not JSON: the file looks truncated');

describe('cohortRows', () => {
  it('lists what a file claims, its ending, the chosen unit’s coverage and its decision', () => {
    const files = [logFile(1, { learner: '=HYPERLINK("x")' }), broken(2, 'not-json')];
    const [row, bad] = cohortRows(files, 'unit-a', (seal, unit) =>
      seal === HASH('1') && unit === 'unit-a' ? 'achieved' : null,
    );
    expect(row).toMatchObject({
      learner: '=HYPERLINK("x")',
      scenarioId: 'passport-delay',
      attempt: 1,
      ending: 'Resolved: Sorted',
      coverage: { demonstrated: ['1.1'], partly: [], total: 4 },
      decision: 'achieved',
      evidence: true,
      sealHash: HASH('1'),
    });
    expect(coverageWords(row!)).toBe('1 of 4 demonstrated');
    expect(bad).toMatchObject({ learner: null, ending: null, sealHash: null, decision: null });
    expect(coverageWords(bad!)).toBe('Not replayed');
    expect(statusWords(bad!)).toBe('Not JSON');
    expect(cohortRows(files, 'unit-b')[0]!.coverage).toBeNull();
    expect(coverageWords(cohortRows(files, 'unit-b')[0]!)).toBe('Not a unit of this scenario');
  });

  it('never offers a decision or a review for a file that did not verify', () => {
    const [row] = cohortRows([logFile(3, { kind: 'tampered' })], 'unit-a', () => 'achieved');
    expect(row).toMatchObject({
      kind: 'tampered',
      learner: 'Learner 3',
      sealHash: null,
      decision: null,
    });
  });

  it('lists the units the loaded scenarios evidence, once each', () => {
    expect(cohortUnits([logFile(1), logFile(2), broken(3, 'too-large')])).toEqual(['unit-a']);
  });
});

const KINDS: FileKind[] = ['verified', 'tampered', 'not-json', 'too-large', 'not-a-log'];
const filesArb = fc
  .array(
    fc.record({
      learner: fc.constantFrom('Ana', 'ben', 'Çelik', '', 'Zoë', '=cmd'),
      scenario: fc.constantFrom('passport-delay', 'border-queue'),
      attempt: fc.integer({ min: 1, max: 4 }),
      kind: fc.constantFrom(...KINDS),
    }),
    { maxLength: 25 },
  )
  .map((xs) =>
    xs.map((x, i) =>
      x.kind === 'not-json' || x.kind === 'too-large' ? broken(i + 1, x.kind) : logFile(i + 1, x),
    ),
  );

describe('sortRows', () => {
  it('is a permutation, ordered by the key, unknown values last, ties in batch order', () => {
    fc.assert(
      fc.property(
        filesArb,
        fc.constantFrom(...SORT_KEYS),
        fc.constantFrom('ascending' as const, 'descending' as const),
        (files, key, direction) => {
          const rows = cohortRows(files, 'unit-a');
          const sorted = sortRows(rows, { key, direction });
          expect(sorted.map((r) => r.id).sort((a, b) => a - b)).toEqual(rows.map((r) => r.id));
          for (let i = 1; i < sorted.length; i++) {
            const [a, b] = [sorted[i - 1]!, sorted[i]!];
            // Sorting the pair alone keeps it in this order: the order is consistent pairwise.
            expect(sortRows([b, a], { key, direction }).map((r) => r.id)).toEqual([a.id, b.id]);
          }
        },
      ),
    );
  });

  it('sorts learners by name in either direction, rows without a learner last', () => {
    const rows = cohortRows(
      [logFile(1, { learner: 'ben' }), broken(2, 'not-json'), logFile(3, { learner: 'Ana' })],
      null,
    );
    const names = (direction: 'ascending' | 'descending') =>
      sortRows(rows, { key: 'learner', direction }).map((r) => r.learner);
    expect(names('ascending')).toEqual(['Ana', 'ben', null]);
    expect(names('descending')).toEqual(['ben', 'Ana', null]);
  });
});

describe('filterRows', () => {
  it('keeps exactly the rows that match every filter', () => {
    fc.assert(
      fc.property(
        filesArb,
        fc.constantFrom('', 'an', 'BEN', 'broken', '=cmd'),
        fc.constantFrom('', 'passport-delay'),
        fc.constantFrom('all' as const, 'failed' as const, ...KINDS),
        (files, text, scenarioId, status) => {
          const rows = cohortRows(files, 'unit-a');
          const filter = { text, scenarioId, status };
          const kept = filterRows(rows, filter);
          expect(kept).toEqual(rows.filter((r) => rowMatches(r, filter)));
          for (const r of kept) {
            if (status === 'failed') expect(r.kind).not.toBe('verified');
            else if (status !== 'all') expect(r.kind).toBe(status);
            if (scenarioId) expect(r.scenarioId).toBe(scenarioId);
            if (text)
              expect(`${r.learner ?? ''} ${r.fileName}`.toLowerCase()).toContain(
                text.toLowerCase(),
              );
          }
        },
      ),
    );
  });
});
