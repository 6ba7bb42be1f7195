/**
 * Checked files as the workspace holds them, without verifying anything: for tests of what is made
 * from verdicts (the cohort rows, table and CSV). A log's header is filled in from `header`.
 */
import type { CheckedFile, FileKind, SessionFacts } from '../domain/assessor/checked-file';
import type { CohortFile } from '../domain/assessor/cohort';
import type { LogHeader } from '../domain/session/log-types';

export const HASH = (c: string): string => c.repeat(64).slice(0, 64);

export interface CheckedLogOptions {
  name?: string;
  kind?: FileKind;
  header?: Partial<LogHeader>;
  sealHash?: string;
  facts?: Partial<SessionFacts>;
}

/** A file whose log passed the schema (verified unless `kind` says otherwise). */
export function checkedLog(id: number, o: CheckedLogOptions = {}): CohortFile {
  const kind = o.kind ?? 'verified';
  const checked: CheckedFile = {
    kind,
    ok: kind === 'verified',
    practice: o.header?.mode === 'practice',
    problems: kind === 'verified' ? [] : ['entry 2 has been changed (its hash does not match)'],
    notes: [],
    log: {
      header: {
        kind: 'defuse.session-log',
        format: 1,
        appVersion: '0.1.0',
        engineVersion: 1,
        sessionId: `s-${id}`,
        scenario: { id: 'passport-delay', title: 'Passport', hash: HASH('a') },
        mode: 'assessment',
        learnerName: `Learner ${id}`,
        attempt: 1,
        startedAt: 1_000 * id,
        timeZone: 'Europe/London',
        optionSeed: 'x',
        branchedFrom: null,
        ...o.header,
      },
      entries: [],
      seal: { exportedAt: 5_000, hash: o.sealHash ?? HASH(String(id % 10)) },
    },
    facts: {
      turns: 4,
      outcome: { endingId: 'e', kind: 'resolved', title: 'Sorted' },
      signed: null,
      coverage: [],
      ...o.facts,
    },
  };
  return { id, name: o.name ?? `file-${id}.json`, checked };
}

/** A file refused before its log: no log, no facts. */
export const refusedFile = (id: number, kind: FileKind, problem: string): CohortFile => ({
  id,
  name: `broken-${id}.json`,
  checked: { kind, ok: false, practice: false, problems: [problem], notes: [] },
});
