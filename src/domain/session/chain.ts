/**
 * The hash chain. Each entry's hash covers its own fields and the previous entry's hash (the header's
 * for entry 1), so changing, removing, reordering or inserting any entry breaks every hash after it;
 * the seal covers the whole export. This proves the file has not changed since it was written —
 * not who wrote it: anyone with Defuse can write a fresh, valid chain (docs/session-log.md).
 */
import { hashCanonical } from './hash';
import type { EntryBody, ExportedLog, LogEntry, LogHeader, SessionLog } from './log-types';

export const headerHash = (header: LogHeader): Promise<string> => hashCanonical(header, 'header');

/** The hash an entry should carry, from every field but `hash`. */
export function entryHash(entry: Omit<LogEntry, 'hash'> | LogEntry): Promise<string> {
  const { hash: _hash, ...rest } = entry as LogEntry;
  return hashCanonical(rest, `entry ${entry.seq}`);
}

/** Entries `nextEntry` made in this page, with the hash it gave each. */
const chained = new WeakMap<object, string>();

/**
 * `entryHash`, for storage's check of an entry it is handed (log-storage.ts): an entry `nextEntry`
 * made a moment ago on this page is not hashed a second time on the way to IndexedDB. The verifier
 * and the chain check always hash afresh.
 */
export function storedEntryHash(entry: LogEntry): Promise<string> {
  const known = chained.get(entry);
  return known !== undefined ? Promise.resolve(known) : entryHash(entry);
}

/** Header hashes `tipHash` has computed in this page (a log's header never changes once written). */
const headerTips = new WeakMap<LogHeader, Promise<string>>();

/**
 * The hash a new entry after `log`'s last one must chain to. For a log with no entries yet it is the
 * header's, computed once per header, so the play screen can have it ready before the first turn.
 */
export function tipHash(log: SessionLog): Promise<string> {
  const last = log.entries[log.entries.length - 1];
  if (last) return Promise.resolve(last.hash);
  let tip = headerTips.get(log.header);
  if (!tip) {
    tip = headerHash(log.header);
    headerTips.set(log.header, tip);
    tip.catch(() => headerTips.delete(log.header));
  }
  return tip;
}

/** The next entry of `log`: numbered, stamped and chained. */
export async function nextEntry(log: SessionLog, body: EntryBody, at: number): Promise<LogEntry> {
  const unhashed = {
    ...body,
    seq: log.entries.length + 1,
    at,
    prev: await tipHash(log),
  } as Omit<LogEntry, 'hash'>;
  const entry = { ...unhashed, hash: await entryHash(unhashed) } as LogEntry;
  chained.set(entry, entry.hash);
  return entry;
}

export const sealHash = (log: SessionLog, exportedAt: number): Promise<string> =>
  hashCanonical({ header: log.header, entries: log.entries, exportedAt }, 'log');

/** The log as an export, sealed. */
export async function sealLog(log: SessionLog, exportedAt: number): Promise<ExportedLog> {
  return {
    header: log.header,
    entries: log.entries,
    seal: { exportedAt, hash: await sealHash(log, exportedAt) },
  };
}

/**
 * Where the chain is broken, or undefined when every entry is numbered and chained correctly. Every
 * hash is asked for at once (WebCrypto works them out in parallel, off the main thread) and then
 * checked in order, so the first problem named is the same as checking one entry at a time.
 */
export async function chainProblem(log: SessionLog): Promise<string | undefined> {
  const settle = (p: Promise<string>) =>
    p.then(
      (hash) => ({ hash }),
      (error: unknown) => ({ error }),
    );
  const [head, ...hashes] = await Promise.all([
    settle(headerHash(log.header)),
    ...log.entries.map((e) => settle(entryHash(e))),
  ]);
  const valueOf = (r: { hash: string } | { error: unknown }) => {
    if ('error' in r) throw r.error;
    return r.hash;
  };
  let prev = valueOf(head!);
  for (let i = 0; i < log.entries.length; i++) {
    const e = log.entries[i]!;
    if (e.seq !== i + 1)
      return `entry ${i + 1} is numbered ${String(e.seq)}: entries are missing, duplicated or out of order`;
    if (e.prev !== prev) return `hash chain broken at entry ${e.seq}`;
    if (valueOf(hashes[i]!) !== e.hash)
      return `entry ${e.seq} has been changed (its hash does not match)`;
    prev = e.hash;
  }
  return undefined;
}
