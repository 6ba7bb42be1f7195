/**
 * A synchronous copy, in localStorage, of the writes IndexedDB has not yet taken. IndexedDB writes
 * are asynchronous and may fail (storage full); localStorage is written before the page can unload,
 * so a reload mid-session finds the unsaved entries here and saves them then.
 */
import {
  entryProblems,
  fields,
  isPlainObject,
  nonEmptyText,
  oneOf,
  type Problems,
} from '../domain/session/log-check';
import type { LogEntry } from '../domain/session/log-types';
import type { SessionSummary, StoredSession } from './session-store-types';
import { storedSessionProblems, summaryProblems } from './stored-session-check';

export const MIRROR_PREFIX = 'defuse:unsaved:';
export const mirrorKey = (sessionId: string): string => `${MIRROR_PREFIX}${sessionId}`;

/** One entry appended but not yet in IndexedDB, with the summary it was appended with. */
export interface UnsavedAppend {
  entry: LogEntry;
  summary: SessionSummary;
}

export interface UnsavedMirror {
  format: 1;
  sessionId: string;
  /** The session as created, when even its creation is not yet saved. */
  create: StoredSession | null;
  /** In order. */
  appends: UnsavedAppend[];
}

/** Every problem of a mirror read back from localStorage. */
export function mirrorProblems(value: unknown): Problems {
  const problems = fields(value, 'unsaved', {
    what: 'a copy of unsaved entries',
    required: {
      format: oneOf([1]),
      sessionId: nonEmptyText,
      create: () => undefined,
      appends: (v, p) => (Array.isArray(v) ? undefined : `${p} must be a list`),
    },
  });
  if (!isPlainObject(value)) return problems;
  if (value.create !== null && value.create !== undefined)
    problems.push(...storedSessionProblems(value.create).map((p) => `unsaved.create: ${p}`));
  if (Array.isArray(value.appends))
    value.appends.forEach((a: unknown, i) => {
      const path = `unsaved.appends[${i}]`;
      const shape = fields(a, path, {
        what: 'an unsaved entry',
        required: { entry: () => undefined, summary: () => undefined },
      });
      problems.push(...shape);
      if (isPlainObject(a))
        problems.push(
          ...entryProblems(a.entry, `${path}.entry`),
          ...summaryProblems(a.summary, `${path}.summary`),
        );
    });
  return problems;
}

/**
 * Writes (or, when `mirror` has nothing left, removes) the copy for one session. Returns false when
 * localStorage refused it, so the caller can say a reload would lose the unsaved entries.
 */
export function writeMirror(
  local: Storage | null,
  sessionId: string,
  mirror: UnsavedMirror | null,
): boolean {
  if (!local) return false;
  try {
    if (!mirror || (mirror.create === null && mirror.appends.length === 0))
      local.removeItem(mirrorKey(sessionId));
    else local.setItem(mirrorKey(sessionId), JSON.stringify(mirror));
    return true;
  } catch {
    return false;
  }
}

/** Every mirror in localStorage: its key, the session id it names and its text. */
export function readMirrors(local: Storage | null): { sessionId: string; text: string }[] {
  if (!local) return [];
  const out: { sessionId: string; text: string }[] = [];
  try {
    for (let i = 0; i < local.length; i++) {
      const key = local.key(i);
      if (key === null || !key.startsWith(MIRROR_PREFIX)) continue;
      const text = local.getItem(key);
      if (text !== null) out.push({ sessionId: key.slice(MIRROR_PREFIX.length), text });
    }
  } catch {
    return out;
  }
  return out;
}

/** localStorage, when this browser will give it (it can be missing, or throw when blocked). */
export function browserLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
