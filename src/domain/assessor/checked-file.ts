/**
 * What the assessor workspace knows about one file it was given: the verifier's verdict (without
 * the replay, which is large and is made again only for the log being reviewed), the log once it
 * passed the schema, and the facts the cohort table lists. Plain, structured-cloneable data: it is
 * what the verification worker posts back to the page.
 */
import { sizeProblem } from '../session/log-size';
import type { SessionOutcome } from '../session/trace';
import type { ExportedLog } from '../session/log-types';
import type { VerdictKind } from '../session/verify-log';

/**
 * The largest file the workspace reads: 5 MB. A real session log is tens of kilobytes (a long
 * reflective account included), so anything near this is not a log; refusing it from its size,
 * before a byte is read, keeps one stray video or database dump from freezing the batch. (The
 * `npm run verify` command allows 50 MB; a browser tab holding many files at once is less roomy.)
 */
export const ASSESS_MAX_BYTES = 5_000_000;

/** "file is 52.4 MB; the assessor workspace reads session logs of at most 5 MB", or undefined. */
export const tooLargeProblem = (bytes: number, maxBytes = ASSESS_MAX_BYTES): string | undefined =>
  sizeProblem(bytes, maxBytes, 'the assessor workspace reads session logs of at most');

/** A verdict kind, or `unreadable`: the file could not be read at all (or checking it failed). */
export type FileKind = VerdictKind | 'unreadable';

/** Each kind in words, for a verdict's first word on screen and in the cohort CSV. */
export const FILE_KIND_LABEL: Readonly<Record<FileKind, string>> = {
  verified: 'Verified',
  tampered: 'Tampered',
  'unknown-scenario-version': 'Unknown scenario version',
  'not-a-log': 'Not a Defuse log',
  'unsupported-format': 'Unsupported format version',
  'too-large': 'Too large',
  'not-json': 'Not JSON',
  unreadable: 'Could not be read',
};

/** How much of one unit's criteria a session evidences, as the scorer judges it (a suggestion). */
export interface UnitCoverage {
  frameworkId: string;
  /** Codes of the criteria judged demonstrated, in the framework's order. */
  demonstrated: string[];
  /** Codes judged partly demonstrated. */
  partly: string[];
  /** How many criteria the unit has. */
  total: number;
}

/** What the replay of a verified (or at least traceable) log says, for lists and tables. */
export interface SessionFacts {
  /** Learner turns taken. */
  turns: number;
  outcome: SessionOutcome | null;
  /** The latest declaration, and whether the account is unchanged since it was signed. */
  signed: { name: string; date: string; current: boolean } | null;
  /** One entry per unit the scenario declares that this build has. */
  coverage: UnitCoverage[];
}

/** One file as the workspace checked it. */
export interface CheckedFile {
  kind: FileKind;
  /** True only when every check passed. */
  ok: boolean;
  practice: boolean;
  /** Every problem, in plain words; the first says where ("entry 2 has been changed …"). */
  problems: string[];
  notes: string[];
  /** The log, once it passed the schema (also for a tampered file, to say whose it claims to be). */
  log?: ExportedLog;
  /** Once the log could be replayed. */
  facts?: SessionFacts;
}

/** A refusal that stops before the log: no log, no facts. */
export const refused = (kind: FileKind, problem: string): CheckedFile => ({
  kind,
  ok: false,
  practice: false,
  problems: [problem],
  notes: [],
});
