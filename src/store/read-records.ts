/**
 * Turns everything read from the database into sessions and bad records: each session row with
 * its entry rows is checked completely (stored-session-check.ts); a bad one, entries with no
 * session, and every record of the version before session logs become bad records, each with the
 * storage key it is deleted by and the rows exactly as stored.
 */
import type { AllRows } from './log-db';
import type { StoredSession } from './session-store-types';
import { recordProblem, sessionFromRows } from './stored-session-check';

/** Where a bad record lives: a database store and key, or a localStorage copy of unsaved entries. */
export type BadTarget =
  | { store: 'sessions' | 'entries' | 'legacy'; key: IDBValidKey }
  | { store: 'unsaved'; key: string };

/** `sessions/3f2a…`, `legacy/old-1`, `unsaved/3f2a…`: a bad record's key, as BadRecord.key. */
export const badKey = (store: BadTarget['store'], key: IDBValidKey): string =>
  `${store}/${typeof key === 'string' ? key : JSON.stringify(key)}`;

export function parseBadKey(key: string): BadTarget | null {
  const slash = key.indexOf('/');
  const store = key.slice(0, slash);
  const rest = key.slice(slash + 1);
  if (store === 'unsaved') return { store, key: rest };
  if (store === 'sessions' || store === 'entries' || store === 'legacy')
    return { store, key: rest };
  return null;
}

/** A bad record before it is registered for deletion. */
export interface FoundBad {
  target: BadTarget;
  sessionId: string | null;
  problem: string;
  raw: unknown;
}

export const LEGACY_PROBLEM =
  'saved by an earlier version of Defuse before session logs; download it to keep it';

const textKey = (key: IDBValidKey) => (typeof key === 'string' ? key : null);

export function sessionRecordBad(
  key: IDBValidKey,
  record: unknown,
  entries: unknown[],
  problems: string[],
): FoundBad {
  const sessionId = textKey(key);
  return {
    target: { store: 'sessions', key },
    sessionId,
    problem: recordProblem(sessionId, problems),
    raw: { record, entries },
  };
}

export function orphanBad(key: IDBValidKey, entries: unknown[]): FoundBad {
  const sessionId = textKey(key);
  const n = entries.length;
  return {
    target: { store: 'entries', key },
    sessionId,
    problem: recordProblem(sessionId, [
      `${n === 1 ? '1 stored entry has' : `${n} stored entries have`} no session record, so the session cannot be opened`,
    ]),
    raw: { entries },
  };
}

/** Every stored session that reads back completely, and every record that does not. */
export async function checkAll(all: AllRows) {
  const stored = new Map<string, StoredSession>();
  const bad: FoundBad[] = [];
  /** Ids whose session record is bad (their unsaved entries cannot be restored onto it). */
  const badIds = new Set<string>();
  const groups = new Map<IDBValidKey, unknown[]>();
  for (const { key, value } of all.entries) {
    const id = (key as IDBValidKey[])[0]!;
    const group = groups.get(id) ?? [];
    group.push(value);
    groups.set(id, group);
  }
  for (const { key, value } of all.sessions) {
    const entries = groups.get(key) ?? [];
    groups.delete(key);
    const sessionId = textKey(key);
    const result = await sessionFromRows(value, entries);
    if ('session' in result && sessionId !== null) stored.set(sessionId, result.session);
    else {
      if (sessionId !== null) badIds.add(sessionId);
      const problems =
        'problems' in result ? result.problems : ['the record is not stored under a text id'];
      bad.push(sessionRecordBad(key, value, entries, problems));
    }
  }
  // Entries left behind by a deleted session are not the learner's concern.
  for (const [key, entries] of groups) if (!all.deleted.has(key)) bad.push(orphanBad(key, entries));
  for (const { key, value } of all.legacy) {
    const id = (value as { id?: unknown } | null)?.id;
    const sessionId = typeof id === 'string' ? id : textKey(key);
    bad.push({
      target: { store: 'legacy', key },
      sessionId,
      problem: recordProblem(sessionId, [LEGACY_PROBLEM]),
      raw: value,
    });
  }
  return { stored, bad, badIds };
}
