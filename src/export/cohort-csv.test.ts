// The cohort CSV: one row per file in the order given, the chosen unit's coverage, and every cell a
// spreadsheet would run as a formula neutralised — a learner called "=HYPERLINK(…)" stays text.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cohortRows, type CohortFile } from '../domain/assessor/cohort';
import { HOSTILE_NAME } from '../test-util/assess-files';
import { checkedLog, refusedFile } from '../test-util/checked-files';
import { COHORT_COLUMNS, cohortCsv, cohortCsvFileName } from './cohort-csv';
import { UTF8_BOM } from './csv';

const files: CohortFile[] = [
  checkedLog(1, {
    name: '+ana.json',
    header: {
      scenario: { id: 'passport-delay', title: '@Passport, "delayed"', hash: 'a'.repeat(64) },
      learnerName: HOSTILE_NAME,
      attempt: 3,
      startedAt: Date.UTC(2026, 5, 1, 9, 0, 0),
    },
    sealHash: 'b'.repeat(64),
    facts: {
      turns: 6,
      outcome: { endingId: 'e', kind: 'referred', title: 'Passed on' },
      coverage: [{ frameworkId: 'u', demonstrated: ['2.1', '2.2'], partly: ['2.3'], total: 17 }],
    },
  }),
  { ...refusedFile(2, 'not-json', '-not JSON: the file looks truncated'), name: 'broken.json' },
];

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.slice(UTF8_BOM.length), {
    header: true,
    skipEmptyLines: true,
  });

describe('cohortCsv', () => {
  it('writes one row per file with the unit’s coverage, formula cells neutralised', () => {
    const csv = cohortCsv(
      cohortRows(files, 'u', () => 'not-yet-achieved'),
      'BTEC — 7 Unit',
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    const { data, errors, meta } = parse(csv);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...COHORT_COLUMNS]);
    expect(data[0]).toMatchObject({
      File: "'+ana.json",
      Learner: `'${HOSTILE_NAME}`,
      Scenario: `'@Passport, "delayed"`,
      Attempt: '3',
      Started: '2026-06-01T10:00:00+01:00',
      'Time zone': 'Europe/London',
      Ending: 'Referred to a colleague: Passed on',
      Unit: 'BTEC — 7 Unit',
      'Criteria covered': '2 of 17 demonstrated, 1 partly',
      'Criteria demonstrated': '2.1; 2.2',
      'Criteria partly demonstrated': '2.3',
      Verification: 'Verified',
      Decision: 'Not yet achieved',
      'Seal (SHA-256)': 'b'.repeat(64),
    });
    expect(data[1]).toMatchObject({
      File: 'broken.json',
      Learner: '',
      Verification: 'Not JSON',
      Problem: "'-not JSON: the file looks truncated",
      Decision: '',
    });
    const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('is named by the assessor’s date', () => {
    expect(cohortCsvFileName('2026-06-03')).toBe('defuse-cohort-2026-06-03.csv');
  });
});
