/**
 * The cohort as a spreadsheet: one row per file the assessor loaded, in the order the table shows
 * them, with the chosen unit's coverage. Text from the files (learner names, titles, file names) is
 * written as it is, with formula cells neutralised (csv.ts): a name like "=HYPERLINK(…)" is text.
 */
import { coverageWords, decisionWords, statusWords } from '../domain/assessor/cohort-words';
import type { CohortRow } from '../domain/assessor/cohort';
import { MODE_LABEL } from '../domain/evidence/words';
import { isoInZone, zoneOrUtc } from '../domain/evidence/dates';
import { csvText } from './csv';

export const COHORT_COLUMNS = [
  'File',
  'Learner',
  'Scenario',
  'Scenario id',
  'Mode',
  'Attempt',
  'Started',
  'Time zone',
  'Ending',
  'Turns',
  'Unit',
  'Criteria covered',
  'Criteria demonstrated',
  'Criteria partly demonstrated',
  'Verification',
  'Problem',
  'Decision',
  'Seal (SHA-256)',
] as const;

type Cells = Record<(typeof COHORT_COLUMNS)[number], string | number>;

function cells(row: CohortRow, unit: string): Cells {
  const zone = row.timeZone === null ? null : zoneOrUtc(row.timeZone);
  return {
    File: row.fileName,
    Learner: row.learner ?? '',
    Scenario: row.scenarioTitle ?? '',
    'Scenario id': row.scenarioId ?? '',
    Mode: row.mode ? MODE_LABEL[row.mode] : '',
    Attempt: row.attempt ?? '',
    Started: row.startedAt !== null && zone ? isoInZone(row.startedAt, zone) : '',
    'Time zone': zone ?? '',
    Ending: row.ending ?? '',
    Turns: row.turns ?? '',
    Unit: row.coverage ? unit : '',
    'Criteria covered': coverageWords(row),
    'Criteria demonstrated': row.coverage?.demonstrated.join('; ') ?? '',
    'Criteria partly demonstrated': row.coverage?.partly.join('; ') ?? '',
    Verification: statusWords(row),
    Problem: row.problem ?? '',
    Decision: row.sealHash ? decisionWords(row) : '',
    'Seal (SHA-256)': row.sealHash ?? '',
  };
}

/** The CSV of `rows` for the unit named `unit` ("Qualification — 7 Unit title"). */
export function cohortCsv(rows: readonly CohortRow[], unit: string): string {
  return csvText(
    COHORT_COLUMNS,
    rows.map((r) => {
      const c = cells(r, unit);
      return COHORT_COLUMNS.map((col) => c[col]);
    }),
  );
}

/** "defuse-cohort-2026-06-03.csv": the assessor's local date of the export. */
export const cohortCsvFileName = (localDate: string): string => `defuse-cohort-${localDate}.csv`;
