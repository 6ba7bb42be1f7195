/**
 * Checks one file an assessor was given, the whole way: its size before a byte is decoded, UTF-8,
 * then verifyLog (JSON, kind, format, schema, chain, seal, declaration, scenario version, replay),
 * and, for a log that replays, the facts the cohort lists and each declared unit's coverage. Never
 * throws: whatever goes wrong becomes that file's verdict, so one bad file never stops the others.
 * Pulls in zod through verifyLog, so the app runs it in the verification worker (or loads it lazily).
 */
import { analyseTrace } from '../analysis/analyse-session';
import type { Framework } from '../scoring/framework-schema';
import { assess } from '../scoring/score-session';
import type { Trace } from '../session/trace';
import { verifyLog, type KnownScenarioVersions } from '../session/verify-log';
import {
  ASSESS_MAX_BYTES,
  refused,
  tooLargeProblem,
  type CheckedFile,
  type SessionFacts,
  type UnitCoverage,
} from './checked-file';

/** A file as read: its size (from the file system, before reading) and, once read, its bytes. */
export interface FileInput {
  size: number;
  /** Called only when the size is within the limit. */
  read(): Promise<ArrayBuffer | Uint8Array>;
}

export interface CheckOptions {
  /** Refuse larger files unread (default ASSESS_MAX_BYTES). */
  maxBytes?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One unit's criteria as the scorer judges them against this session. */
function coverageOf(t: Trace, frameworks: readonly Framework[]): UnitCoverage[] {
  const declared = t.scenario.frameworks
    .map((id) => frameworks.find((f) => f.id === id))
    .filter((f): f is Framework => f !== undefined);
  if (declared.length === 0) return [];
  const analysis = analyseTrace(t);
  return declared.map((f) => {
    const a = assess(t.scenario, analysis, f);
    const codes = (status: string) =>
      a.criteria.filter((c) => c.status === status).map((c) => c.code);
    return {
      frameworkId: f.id,
      demonstrated: codes('demonstrated'),
      partly: codes('partly-demonstrated'),
      total: a.criteria.length,
    };
  });
}

function factsOf(t: Trace, frameworks: readonly Framework[]): SessionFacts {
  const d = t.declaration;
  let coverage: UnitCoverage[] = [];
  try {
    coverage = coverageOf(t, frameworks);
  } catch {
    // A log the replay stopped on cannot be analysed; its verdict already says why.
  }
  return {
    turns: t.turns.length,
    outcome: t.outcome,
    signed: d ? { name: d.name, date: d.date, current: d.current } : null,
    coverage,
  };
}

/** The verdict on one file (see the file comment). */
export async function checkLogFile(
  file: FileInput,
  known: KnownScenarioVersions,
  frameworks: readonly Framework[],
  options: CheckOptions = {},
): Promise<CheckedFile> {
  const maxBytes = options.maxBytes ?? ASSESS_MAX_BYTES;
  const tooLarge = tooLargeProblem(file.size, maxBytes);
  if (tooLarge) return refused('too-large', tooLarge);
  try {
    let bytes: ArrayBuffer | Uint8Array;
    try {
      bytes = await file.read();
    } catch (e) {
      return refused('unreadable', `the file could not be read (${(e as Error).message})`);
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return refused('not-json', 'not JSON: the file is not UTF-8 text');
    }
    const v = await verifyLog(text, known, { maxBytes });
    return {
      kind: v.kind,
      ok: v.ok,
      practice: v.practice,
      problems: v.problems,
      notes: v.notes,
      ...(v.log ? { log: v.log } : {}),
      ...(v.trace ? { facts: factsOf(v.trace, frameworks) } : {}),
    };
  } catch (e) {
    return refused('unreadable', `checking it failed (${(e as Error).message})`);
  }
}
