/**
 * The cohort table: one row per checked file, with who, what, when, how it ended, how much of the
 * chosen unit the scorer found evidenced, whether it verified and whether a decision is recorded.
 * Sorting and filtering are pure so the table, the CSV and the tests agree on every row. What a file
 * claims (learner, scenario) is shown for a tampered file too, beside its status: it says whose it
 * says it is, not that it is.
 */
import { ENDING_KIND_LABEL } from '../escalation/ending-kinds';
import type { SessionMode } from '../session/log-types';
import type { CheckedFile, FileKind, UnitCoverage } from './checked-file';
import type { OverallDecision } from './decision-types';

/** A file the workspace holds: its place in the batch, its name (with folder) and its verdict. */
export interface CohortFile {
  id: number;
  name: string;
  checked: CheckedFile;
}

export interface CohortRow {
  id: number;
  fileName: string;
  kind: FileKind;
  /** Verified, and not a practice session: evidence. */
  evidence: boolean;
  practice: boolean;
  /** The first problem (where the file went wrong), or null. */
  problem: string | null;
  learner: string | null;
  scenarioId: string | null;
  scenarioTitle: string | null;
  mode: SessionMode | null;
  attempt: number | null;
  startedAt: number | null;
  timeZone: string | null;
  /** "Referred to a colleague: Urgent-travel request passed on", or "Not finished"; null unreplayed. */
  ending: string | null;
  turns: number | null;
  /** The chosen unit's coverage; null when the file's scenario does not evidence that unit. */
  coverage: Omit<UnitCoverage, 'frameworkId'> | null;
  /** The overall decision recorded for this file and unit, if any. */
  decision: OverallDecision | null;
  sealHash: string | null;
}

export const SORT_KEYS = [
  'file',
  'learner',
  'scenario',
  'attempt',
  'date',
  'ending',
  'criteria',
  'status',
  'decision',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface CohortSort {
  key: SortKey;
  direction: SortDirection;
}

/** What the table shows: `text` matches learner or file name; `status` a kind, or any failure. */
export interface CohortFilter {
  text: string;
  scenarioId: string;
  status: FileKind | 'all' | 'failed';
}

export const NO_FILTER: CohortFilter = { text: '', scenarioId: '', status: 'all' };

/** The units any replayed file's scenario evidences, in the order they are first met. */
export function cohortUnits(files: readonly CohortFile[]): string[] {
  const ids: string[] = [];
  for (const f of files)
    for (const c of f.checked.facts?.coverage ?? [])
      if (!ids.includes(c.frameworkId)) ids.push(c.frameworkId);
  return ids;
}

/** One row per file, for the unit `frameworkId`; `decisionOf` finds a recorded decision by seal. */
export function cohortRows(
  files: readonly CohortFile[],
  frameworkId: string | null,
  decisionOf: (sealHash: string, frameworkId: string) => OverallDecision | null = () => null,
): CohortRow[] {
  return files.map(({ id, name, checked }) => {
    const header = checked.log?.header;
    const facts = checked.facts;
    const cover = facts?.coverage.find((c) => c.frameworkId === frameworkId);
    const seal = checked.ok && checked.log ? checked.log.seal.hash : null;
    const outcome = facts?.outcome;
    return {
      id,
      fileName: name,
      kind: checked.kind,
      evidence: checked.ok && !checked.practice,
      practice: checked.practice,
      problem: checked.problems[0] ?? null,
      learner: header ? header.learnerName : null,
      scenarioId: header?.scenario.id ?? null,
      scenarioTitle: header?.scenario.title ?? null,
      mode: header?.mode ?? null,
      attempt: header?.attempt ?? null,
      startedAt: header?.startedAt ?? null,
      timeZone: header?.timeZone ?? null,
      ending: !facts
        ? null
        : outcome
          ? `${ENDING_KIND_LABEL[outcome.kind]}: ${outcome.title}`
          : 'Not finished',
      turns: facts?.turns ?? null,
      coverage: cover
        ? { demonstrated: cover.demonstrated, partly: cover.partly, total: cover.total }
        : null,
      decision: seal && frameworkId ? decisionOf(seal, frameworkId) : null,
      sealHash: seal,
    };
  });
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Verified first, then the failures in the order an assessor must act on them. */
const KIND_ORDER: readonly FileKind[] = [
  'verified',
  'tampered',
  'unknown-scenario-version',
  'unsupported-format',
  'not-a-log',
  'not-json',
  'too-large',
  'unreadable',
];

type Value = string | number | null;

function sortValue(row: CohortRow, key: SortKey): Value {
  switch (key) {
    case 'file':
      return row.fileName;
    case 'learner':
      return row.learner;
    case 'scenario':
      return row.scenarioTitle;
    case 'attempt':
      return row.attempt;
    case 'date':
      return row.startedAt;
    case 'ending':
      return row.ending;
    case 'criteria':
      // Demonstrated first, then partly: 3 and 1 partly sorts above 3 and none.
      return row.coverage
        ? row.coverage.demonstrated.length * 1000 + row.coverage.partly.length
        : null;
    case 'status':
      return KIND_ORDER.indexOf(row.kind) * 2 + (row.practice ? 1 : 0);
    case 'decision':
      return row.decision === null ? null : row.decision === 'achieved' ? 0 : 1;
  }
}

const compareValues = (a: Exclude<Value, null>, b: Exclude<Value, null>): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));

/** Rows sorted by `sort`; rows without a value last in either direction, ties in batch order. */
export function sortRows(rows: readonly CohortRow[], sort: CohortSort): CohortRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = sortValue(x, sort.key);
    const b = sortValue(y, sort.key);
    if (a === null || b === null) return a === b ? x.id - y.id : a === null ? 1 : -1;
    return sign * compareValues(a, b) || x.id - y.id;
  });
}

/** Whether `row` passes `filter`. */
export function rowMatches(row: CohortRow, filter: CohortFilter): boolean {
  const text = filter.text.trim().toLocaleLowerCase('en-GB');
  if (
    text &&
    !(row.learner ?? '').toLocaleLowerCase('en-GB').includes(text) &&
    !row.fileName.toLocaleLowerCase('en-GB').includes(text)
  )
    return false;
  if (filter.scenarioId && row.scenarioId !== filter.scenarioId) return false;
  if (filter.status === 'failed') return row.kind !== 'verified';
  return filter.status === 'all' || row.kind === filter.status;
}

export const filterRows = (rows: readonly CohortRow[], filter: CohortFilter): CohortRow[] =>
  rows.filter((r) => rowMatches(r, filter));
