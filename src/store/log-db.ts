/**
 * The IndexedDB database, version 2: `sessions` (header and summary per session), `entries` (one row
 * per log entry, keyed by [sessionId, seq], written with `add` so an existing entry is never
 * replaced), `deleted` (tombstones, so a tab that still has a deleted session open cannot bring it
 * back) and `legacy` (version 1's whole-session records, kept untouched for the learner to download).
 * Rows read back are `unknown`: stored-session-check.ts decides what they are.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { canonicalJson } from '../domain/session/hash';
import type { LogEntry } from '../domain/session/log-types';
import type { SessionSummary, StoredSession } from './session-store-types';
import type { EntryRow, SessionRow } from './stored-session-check';

export const DB_NAME = 'defuse';
export const DB_VERSION = 2;
const STORES = ['sessions', 'entries', 'deleted', 'legacy'] as const;
export type StoreName = (typeof STORES)[number];
const WRITE_STORES = ['sessions', 'entries', 'deleted'] as const;

export type LogDb = IDBPDatabase;

/** Another tab holds an older version of the database open and will not let it be upgraded. */
export class DbBlocked extends Error {
  constructor() {
    super('Defuse is open in another tab running an older version');
    this.name = 'DbBlocked';
  }
}

/** A write refused because of what is stored, not because storage failed. */
export class WriteConflict extends Error {
  constructor(readonly kind: 'moved-on' | 'deleted') {
    super(kind === 'moved-on' ? 'The session moved on elsewhere' : 'The session was deleted');
    this.name = 'WriteConflict';
  }
}

export function openLogDb(factory: IDBFactory, name: string): Promise<LogDb> {
  const request = factory.open(name, DB_VERSION);
  request.onupgradeneeded = (event) => {
    const db = request.result;
    // Version 1 kept whole records, keyed by `id`, in `sessions`: rename that store to `legacy`, so
    // every old record is kept exactly as it was and listed for download.
    if (event.oldVersion === 1 && db.objectStoreNames.contains('sessions'))
      request.transaction!.objectStore('sessions').name = 'legacy';
    if (!db.objectStoreNames.contains('legacy')) db.createObjectStore('legacy', { keyPath: 'id' });
    db.createObjectStore('sessions', { keyPath: 'sessionId' });
    db.createObjectStore('entries', { keyPath: ['sessionId', 'seq'] });
    db.createObjectStore('deleted', { keyPath: 'sessionId' });
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    request.onblocked = () => {
      if (settled) return;
      settled = true;
      reject(new DbBlocked());
    };
    request.onsuccess = () => {
      // Opened after we gave up waiting: this tab is already running without it.
      if (settled) return request.result.close();
      settled = true;
      resolve(wrap(request.result));
    };
    request.onerror = () => {
      if (settled) return;
      settled = true;
      reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
  });
}

const entryRange = (sessionId: IDBValidKey) =>
  IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity]);

type WriteTx = IDBPTransaction<unknown, typeof WRITE_STORES, 'readwrite'>;

/** Runs `body` in one readwrite transaction and waits for it to commit; aborts it on any error. */
async function inWriteTx(db: LogDb, body: (tx: WriteTx) => Promise<void>): Promise<void> {
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  // Observed here so an abort is never an unhandled rejection; awaited below.
  tx.done.catch(() => undefined);
  try {
    await body(tx);
    await tx.done;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw e;
  }
}

export type AllRows = Awaited<ReturnType<typeof readAll>>;

/** Everything stored, as raw rows with their keys. */
export async function readAll(db: LogDb) {
  const tx = db.transaction(STORES, 'readonly');
  const [sessionKeys, sessions, entryKeys, entries, deleted, legacyKeys, legacy] =
    await Promise.all([
      tx.objectStore('sessions').getAllKeys(),
      tx.objectStore('sessions').getAll(),
      tx.objectStore('entries').getAllKeys(),
      tx.objectStore('entries').getAll(),
      tx.objectStore('deleted').getAllKeys(),
      tx.objectStore('legacy').getAllKeys(),
      tx.objectStore('legacy').getAll(),
    ]);
  await tx.done;
  const pair = <T>(keys: IDBValidKey[], values: T[]) =>
    keys.map((key, i) => ({ key, value: values[i] as unknown }));
  return {
    sessions: pair(sessionKeys, sessions),
    entries: pair(entryKeys, entries),
    deleted: new Set<IDBValidKey>(deleted),
    legacy: pair(legacyKeys, legacy),
  };
}

/** One session's raw rows, and whether it has been deleted. */
export async function readSessionRows(db: LogDb, sessionId: string) {
  const tx = db.transaction(WRITE_STORES, 'readonly');
  const [row, entries, tombstone] = await Promise.all([
    tx.objectStore('sessions').get(sessionId) as Promise<unknown>,
    tx.objectStore('entries').getAll(entryRange(sessionId)) as Promise<unknown[]>,
    tx.objectStore('deleted').get(sessionId) as Promise<unknown>,
  ]);
  await tx.done;
  return { row, entries, deleted: tombstone !== undefined };
}

/**
 * Stores a new session with the entries it starts with; refused if the id exists or was deleted.
 * With `same`, a session stored already with exactly this header counts as saved: the write is a
 * copy kept for a reload, which this or another tab may have saved first.
 */
export function writeCreate(db: LogDb, session: StoredSession, same = false): Promise<void> {
  const sessionId = session.log.header.sessionId;
  return inWriteTx(db, async (tx) => {
    const [tombstone, existing] = await Promise.all([
      tx.objectStore('deleted').get(sessionId),
      tx.objectStore('sessions').get(sessionId),
    ]);
    if (tombstone !== undefined) throw new WriteConflict('deleted');
    if (existing !== undefined) {
      if (same && sameHeader(existing, session)) return;
      throw new WriteConflict('moved-on');
    }
    const row: SessionRow = { sessionId, header: session.log.header, summary: session.summary };
    await Promise.all([
      tx.objectStore('sessions').add(row),
      ...session.log.entries.map((entry) =>
        tx.objectStore('entries').add({ sessionId, seq: entry.seq, entry } satisfies EntryRow),
      ),
    ]);
  });
}

/**
 * Adds the next entry of a session and updates its summary, in one transaction. Refused (as a
 * WriteConflict) if the session is missing or deleted, or if the entry is not the next one: its seq
 * exists already (`add` fails), or it does not follow the last stored entry and chain to its hash.
 * With `same`, this very entry (same hash) stored already counts as saved, as for `writeCreate`.
 */
export function writeAppend(
  db: LogDb,
  sessionId: string,
  entry: LogEntry,
  summary: SessionSummary,
  same = false,
): Promise<void> {
  return inWriteTx(db, async (tx) => {
    const entries = tx.objectStore('entries');
    // Each request is a round trip to the browser's storage: ask only what this write needs.
    const [tombstone, row, last, stored] = await Promise.all([
      tx.objectStore('deleted').get(sessionId),
      tx.objectStore('sessions').get(sessionId) as Promise<SessionRow | undefined>,
      entries.openCursor(entryRange(sessionId), 'prev'),
      same ? (entries.get([sessionId, entry.seq]) as Promise<EntryRow | undefined>) : undefined,
    ]);
    if (tombstone !== undefined || row === undefined) throw new WriteConflict('deleted');
    if (same && stored?.entry.hash === entry.hash) return;
    const lastEntry = (last?.value as EntryRow | undefined)?.entry;
    const follows = lastEntry
      ? entry.seq === lastEntry.seq + 1 && entry.prev === lastEntry.hash
      : entry.seq === 1;
    if (!follows) throw new WriteConflict('moved-on');
    // Both requests at once (one round trip, not two); if the add fails the transaction aborts and
    // the summary is not written either.
    await Promise.all([
      entries.add({ sessionId, seq: entry.seq, entry } satisfies EntryRow).catch((e: unknown) => {
        if (e instanceof DOMException && e.name === 'ConstraintError')
          throw new WriteConflict('moved-on');
        throw e;
      }),
      tx.objectStore('sessions').put({ ...row, summary } satisfies SessionRow),
    ]);
  });
}

function sameHeader(row: unknown, session: StoredSession): boolean {
  const header = (row as { header?: unknown } | null)?.header;
  try {
    return canonicalJson(header) === canonicalJson(session.log.header);
  } catch {
    return false;
  }
}

/** Removes a session's header and entries and leaves a tombstone, in one transaction. */
export function writeDelete(db: LogDb, sessionId: string, deletedAt: number): Promise<void> {
  return inWriteTx(db, async (tx) => {
    await Promise.all([
      tx.objectStore('sessions').delete(sessionId),
      tx.objectStore('entries').delete(entryRange(sessionId)),
      tx.objectStore('deleted').put({ sessionId, deletedAt }),
    ]);
  });
}

/** Removes one bad record: a legacy record, a session row (with its entries), or orphan entries. */
export async function deleteRecord(
  db: LogDb,
  store: 'legacy' | 'sessions' | 'entries',
  key: IDBValidKey,
  deletedAt: number,
): Promise<void> {
  if (store === 'legacy') return db.delete('legacy', key);
  if (typeof key === 'string' && store === 'sessions') return writeDelete(db, key, deletedAt);
  const tx = db.transaction(['sessions', 'entries'], 'readwrite');
  tx.done.catch(() => undefined);
  await Promise.all([
    store === 'sessions' ? tx.objectStore('sessions').delete(key) : undefined,
    tx.objectStore('entries').delete(entryRange(key)),
  ]);
  await tx.done;
}
