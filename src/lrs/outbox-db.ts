/**
 * The outbox's own IndexedDB database, `defuse-lrs` (apart from the session logs, so the LRS can
 * never touch them): `statements` waiting to be sent, keyed by statement id (so queueing a statement
 * twice keeps one); `sessions` handed over, so a session is queued once; and `quarantine`, where a
 * row that fails its check is moved, whole, with its problems, instead of being sent or dropped.
 */
import { openDB, type IDBPDatabase } from 'idb';
import {
  sessionRowProblems,
  statementRowProblems,
  type SessionRow,
  type StatementRow,
} from './outbox-rows';

export const OUTBOX_DB = 'defuse-lrs';
const VERSION = 1;

export type OutboxDb = IDBPDatabase;

export function openOutboxDb(name = OUTBOX_DB): Promise<OutboxDb> {
  return openDB(name, VERSION, {
    upgrade(db) {
      db.createObjectStore('statements', { keyPath: 'id' });
      db.createObjectStore('sessions', { keyPath: 'sessionId' });
      db.createObjectStore('quarantine', { autoIncrement: true });
    },
  });
}

/**
 * Queues a session's statements in one transaction, unless the session was queued before (then
 * nothing changes). Returns whether it queued them.
 */
export async function queueSession(
  db: OutboxDb,
  session: SessionRow,
  rows: readonly StatementRow[],
): Promise<boolean> {
  const tx = db.transaction(['statements', 'sessions'], 'readwrite');
  const done = tx.done;
  const before: unknown = await tx.objectStore('sessions').get(session.sessionId);
  // A row that fails its check is no proof the session was queued: queue it again (ids are stable).
  if (before !== undefined && sessionRowProblems(before, session.sessionId).length === 0) {
    await done;
    return false;
  }
  await Promise.all([
    tx.objectStore('sessions').put(session),
    ...rows.map((r) => tx.objectStore('statements').put(r)),
  ]);
  await done;
  return true;
}

export interface Queue {
  /** Checked rows, oldest session first and each session's statements in order. */
  rows: StatementRow[];
  /** Rows that failed their check this time and were moved to quarantine. */
  quarantined: string[];
  /** Rows in quarantine, from this time and before. */
  inQuarantine: number;
}

/** Reads every waiting statement, checks each, and moves any bad one to quarantine. */
export async function readQueue(db: OutboxDb): Promise<Queue> {
  const tx = db.transaction(['statements', 'quarantine'], 'readwrite');
  const store = tx.objectStore('statements');
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  const rows: StatementRow[] = [];
  const quarantined: string[] = [];
  const moves: Promise<unknown>[] = [];
  keys.forEach((key, i) => {
    const value: unknown = values[i];
    const problems = statementRowProblems(value, key);
    if (problems.length === 0) return void rows.push(value as StatementRow);
    const problem = `${String(key)}: ${problems.join('; ')}`;
    quarantined.push(problem);
    moves.push(tx.objectStore('quarantine').add({ store: 'statements', key, value, problem }));
    moves.push(store.delete(key));
  });
  await Promise.all(moves);
  const inQuarantine = await tx.objectStore('quarantine').count();
  await tx.done;
  rows.sort(
    (a, b) =>
      a.queuedAt - b.queuedAt || a.sessionId.localeCompare(b.sessionId) || a.position - b.position,
  );
  return { rows, quarantined, inQuarantine };
}

/** How many statements are waiting (rows not yet checked count too: they have not been sent). */
export const countWaiting = (db: OutboxDb): Promise<number> => db.count('statements');

/** Removes statements the LRS now holds. */
export async function removeSent(db: OutboxDb, ids: readonly string[]): Promise<void> {
  const tx = db.transaction('statements', 'readwrite');
  await Promise.all(ids.map((id) => tx.store.delete(id)));
  await tx.done;
}
