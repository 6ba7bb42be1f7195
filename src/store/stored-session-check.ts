/**
 * Reads stored rows back into sessions, trusting nothing: the session row, its summary, every entry
 * row and the hash chain are checked, and a record that fails is described precisely so that it can
 * be listed, downloaded and deleted without hiding the others (STYLE.md §15).
 */
import { chainProblem } from '../domain/session/chain';
import {
  describe,
  entriesProblems,
  fields,
  headerProblems,
  isPlainObject,
  nonEmptyText,
  oneOf,
  orNull,
  text,
  time,
  wholeFrom,
  versionProblems,
  type Problems,
} from '../domain/session/log-check';
import type { LogEntry, LogHeader } from '../domain/session/log-types';
import { ENDING_KINDS } from '../domain/scenario/vocabulary';
import type { SessionSummary, StoredSession } from './session-store-types';

/** A row of the `sessions` object store. */
export interface SessionRow {
  sessionId: string;
  header: LogHeader;
  summary: SessionSummary;
}

/** A row of the `entries` object store, keyed by [sessionId, seq]. */
export interface EntryRow {
  sessionId: string;
  seq: number;
  entry: LogEntry;
}

/** How many problems one record's message lists before "and N more". */
const SHOWN_PROBLEMS = 3;

export function summaryProblems(value: unknown, path = 'summary'): Problems {
  return fields(value, path, {
    what: 'a session summary',
    required: {
      turns: wholeFrom(0),
      outcome: orNull((v, p) =>
        fields(v, p, {
          what: 'an outcome',
          required: { endingId: nonEmptyText, kind: oneOf(ENDING_KINDS), title: text },
        }).at(0),
      ),
      updatedAt: time,
    },
  });
}

/** "3f2a91c0…": enough of a session id to tell records apart in a message. */
export const shortId = (id: string): string => (id.length > 8 ? `${id.slice(0, 8)}…` : id);

/** `session 3f2a91c0…: what is wrong` (the first few problems). */
export function recordProblem(sessionId: string | null, problems: Problems): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).join('; ');
  const more = problems.length - SHOWN_PROBLEMS;
  const rest = more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : '';
  return `${sessionId === null ? 'a stored record' : `session ${shortId(sessionId)}`}: ${shown}${rest}`;
}

/** Every problem of a whole stored session (header, entries with their numbering, summary). */
export function storedSessionProblems(value: unknown): Problems {
  if (!isPlainObject(value)) return [`the session must be an object (it is ${describe(value)})`];
  const log = value.log;
  if (!isPlainObject(log)) return [`log must be an object (it is ${describe(log)})`];
  return [
    ...fields(value, 'session', {
      what: 'a stored session',
      required: { log: () => undefined, summary: () => undefined },
    }),
    ...fields(log, 'log', {
      what: 'a session log',
      required: { header: () => undefined, entries: () => undefined },
    }),
    ...headerProblems(log.header),
    ...entriesProblems(log.entries),
    ...summaryProblems(value.summary),
  ];
}

/** The chain problem of a log whose every field is already known to be valid. */
export const chainProblems = async (session: StoredSession): Promise<Problems> => {
  const problem = await chainProblem(session.log);
  return problem ? [problem] : [];
};

/**
 * A session from its stored rows, or every problem that keeps it from being one. `entryRows` are
 * the rows stored under the session's id, in key (seq) order.
 */
export async function sessionFromRows(
  row: unknown,
  entryRows: readonly unknown[],
): Promise<{ session: StoredSession } | { problems: Problems }> {
  const problems = fields(row, 'record', {
    what: 'a stored session record',
    required: { sessionId: nonEmptyText, header: () => undefined, summary: () => undefined },
  });
  const r = isPlainObject(row) ? row : {};
  problems.push(...headerProblems(r.header), ...summaryProblems(r.summary));
  const header = isPlainObject(r.header) ? r.header : {};
  if (typeof header.sessionId === 'string' && header.sessionId !== r.sessionId)
    problems.push(
      `header.sessionId ${describe(header.sessionId)} is not the id it is stored under (${describe(r.sessionId)})`,
    );
  const entries: unknown[] = [];
  entryRows.forEach((er, i) => {
    const rowProblems = fields(er, `entries[${i}] (stored row)`, {
      what: 'a stored entry row',
      required: { sessionId: () => undefined, seq: () => undefined, entry: () => undefined },
    });
    problems.push(...rowProblems);
    const e = isPlainObject(er) ? er : {};
    entries.push(e.entry);
    const seq = isPlainObject(e.entry) ? e.entry.seq : undefined;
    if (seq !== undefined && e.seq !== seq)
      problems.push(
        `entries[${i}] is stored as entry ${describe(e.seq)} but numbered ${describe(seq)}`,
      );
  });
  problems.push(...entriesProblems(entries));
  if (problems.length === 0) problems.push(...versionProblems(r.header as LogHeader));
  if (problems.length > 0) return { problems };
  const session: StoredSession = {
    log: { header: r.header as LogHeader, entries: entries as LogEntry[] },
    summary: r.summary as SessionSummary,
  };
  const chain = await chainProblems(session);
  return chain.length > 0 ? { problems: chain } : { session };
}
