/**
 * Where session logs are kept: IndexedDB (log-db.ts), entry by entry and append-only. Every record
 * read back is checked completely, and a bad one is listed, never allowed to hide the others. When
 * storage fails or is full the session carries on in memory: writes wait in order (write-queue.ts),
 * mirrored to localStorage so a reload keeps them, and are saved once storage takes them again.
 * Other tabs hear of every change on a BroadcastChannel.
 */
import { headerHash, storedEntryHash } from '../domain/session/chain';
import { entryProblems } from '../domain/session/log-check';
import type { LogEntry } from '../domain/session/log-types';
import {
  deleteRecord,
  DB_NAME,
  DbBlocked,
  openLogDb,
  readAll,
  readSessionRows,
  writeAppend,
  writeCreate,
  writeDelete,
  WriteConflict,
  type LogDb,
} from './log-db';
import {
  badKey,
  checkAll,
  orphanBad,
  parseBadKey,
  sessionRecordBad,
  type BadTarget,
  type FoundBad,
} from './read-records';
import { planRestore, type RestorePlan } from './restore-mirror';
import {
  BLOCKED_BY_OLD_TAB,
  NO_INDEXEDDB,
  NO_RELOAD_COPY,
  refused,
  savingFailed,
  setAsideProblem,
  unreadable,
  unsavedCopyProblem,
  UPDATED_ELSEWHERE,
} from './storage-words';
import { browserChannel, TabChannel, type ChannelLike } from './tab-channel';
import {
  SessionDeleted,
  SessionMovedOn,
  type BadRecord,
  type SessionSummary,
  type StorageStatus,
  type StoredSession,
} from './session-store-types';
import {
  chainProblems,
  recordProblem,
  sessionFromRows,
  storedSessionProblems,
  summaryProblems,
} from './stored-session-check';
import {
  browserLocalStorage,
  readMirrors,
  writeMirror,
  type UnsavedMirror,
} from './unsaved-mirror';
import {
  browserScheduler,
  WriteQueue,
  type Scheduler,
  type SetAside,
  type WriteOp,
} from './write-queue';

/** How often a failing queue is tried again. */
export const RETRY_MS = 3000;

export interface LogStorage {
  status(): Promise<StorageStatus>;
  /** Every stored session that reads back completely, and every record that does not. */
  load(): Promise<{ sessions: StoredSession[]; bad: BadRecord[] }>;
  /** Stores a new session; rejects SessionMovedOn if its id exists, SessionDeleted if deleted. */
  create(session: StoredSession): Promise<void>;
  /** Adds the next entry; rejects SessionMovedOn(latest) if it is not the next, SessionDeleted. */
  append(sessionId: string, entry: LogEntry, summary: SessionSummary): Promise<void>;
  /** The session as it now stands (with this tab's unsaved entries), or null if gone or bad. */
  read(sessionId: string): Promise<StoredSession | null>;
  /** `read`, with the bad records of that session. */
  inspect(sessionId: string): Promise<{ session: StoredSession | null; bad: BadRecord[] }>;
  /** Removes the session's header and entries and leaves a tombstone. */
  delete(sessionId: string): Promise<void>;
  deleteBad(key: string): Promise<void>;
  /** Another tab (or a late conflict here) changed this session: read it again. */
  onChange(listener: (sessionId: string) => void): () => void;
  onStatus(listener: (status: StorageStatus) => void): () => void;
  close(): void;
}

export interface LogStorageOptions {
  /** null: no IndexedDB in this browser. */
  factory?: IDBFactory | null;
  dbName?: string;
  /** Where unsaved entries are mirrored; null for nowhere. */
  local?: Storage | null;
  scheduler?: Scheduler;
  retryMs?: number;
  /** The channel to other tabs; null for none. */
  openChannel?: (() => ChannelLike | null) | null;
  now?: () => number;
}

export async function openLogStorage(options: LogStorageOptions = {}): Promise<LogStorage> {
  const factory = options.factory === undefined ? (globalThis.indexedDB ?? null) : options.factory;
  const dbName = options.dbName ?? DB_NAME;
  let db: LogDb | null = null;
  let problem: string | null = null;
  if (!factory) problem = NO_INDEXEDDB;
  else
    try {
      db = await openLogDb(factory, dbName);
    } catch (e) {
      problem = e instanceof DbBlocked ? BLOCKED_BY_OLD_TAB : refused(e);
    }
  return new IndexedLogStorage(db, problem, dbName, options);
}

class IndexedLogStorage implements LogStorage {
  /** This tab's latest view of every session it knows, unsaved entries included. */
  private readonly known = new Map<string, StoredSession>();
  /** Sessions deleted, here or (as far as we have heard) elsewhere. */
  private readonly gone = new Set<string>();
  private readonly aside = new Map<string, SetAside>();
  private readonly badTargets = new Map<string, BadTarget>();
  private readonly changeListeners = new Set<(sessionId: string) => void>();
  private readonly statusListeners = new Set<(status: StorageStatus) => void>();
  private readonly queue: WriteQueue;
  private readonly channel: TabChannel;
  private readonly local: Storage | null;
  private readonly now: () => number;
  private mirrorFailed = false;
  private lastStatus = '';

  constructor(
    private db: LogDb | null,
    /** Why there is no database, when there is none. */
    private noDb: string | null,
    dbName: string,
    options: LogStorageOptions,
  ) {
    this.local = options.local === undefined ? browserLocalStorage() : options.local;
    this.now = options.now ?? (() => Date.now());
    this.channel = new TabChannel(
      options.openChannel === null ? null : (options.openChannel ?? browserChannel)(),
      dbName,
      (sessionId) => this.changed(sessionId),
    );
    this.queue = new WriteQueue({
      run: (op) => this.run(op),
      isConflict: (e) => e instanceof WriteConflict,
      onConflict: (op, e, removed) => this.conflict(op, e as WriteConflict, removed),
      onSaved: (op) => this.channel.post(op.sessionId),
      onChange: (ids) => {
        for (const id of ids) this.syncMirror(id);
        this.emitStatus();
      },
      scheduler: options.scheduler ?? browserScheduler,
      retryMs: options.retryMs ?? RETRY_MS,
      canRetry: () => this.db !== null,
    });
    if (db)
      db.addEventListener('versionchange', () => {
        // A newer Defuse in another tab needs to upgrade the database: let it, and say so here.
        db.close();
        this.db = null;
        this.noDb = UPDATED_ELSEWHERE;
        this.emitStatus();
      });
  }

  // --- status and notifications -------------------------------------------------------------

  private currentStatus(): StorageStatus {
    const unsaved = this.queue.unsaved;
    const failure = this.queue.failure;
    const reload = this.mirrorFailed ? NO_RELOAD_COPY : '';
    if (this.noDb) return { kind: 'memory', problem: this.noDb + reload, unsaved };
    if (failure === null) return { kind: 'indexeddb' };
    return { kind: 'memory', problem: savingFailed(failure) + reload, unsaved };
  }

  status(): Promise<StorageStatus> {
    return Promise.resolve(this.currentStatus());
  }

  private emitStatus(): void {
    const status = this.currentStatus();
    const text = JSON.stringify(status);
    if (text === this.lastStatus) return;
    this.lastStatus = text;
    for (const l of this.statusListeners) l(status);
  }

  onStatus(listener: (status: StorageStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  onChange(listener: (sessionId: string) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private changed(sessionId: string): void {
    for (const l of this.changeListeners) l(sessionId);
  }

  private syncMirror(sessionId: string): void {
    const mirror: UnsavedMirror | null = this.queue.mirror(sessionId, this.aside.get(sessionId));
    const ok = writeMirror(this.local, sessionId, mirror);
    if (mirror) this.mirrorFailed = !ok;
    else if (this.queue.length === 0) this.mirrorFailed = false;
  }

  // --- writing --------------------------------------------------------------------------------

  private run(op: WriteOp): Promise<void> {
    if (!this.db) return Promise.reject(new Error(this.noDb ?? 'no storage'));
    // A write whose caller has heard "kept" may have been saved meanwhile from its localStorage
    // copy (by a reload or another tab): finding it stored exactly is success, not a conflict.
    const same = op.waiter === null;
    return op.kind === 'create'
      ? writeCreate(this.db, op.session, same)
      : writeAppend(this.db, op.sessionId, op.entry, op.summary, same);
  }

  /** A write refused because of what is stored: the error its caller gets. */
  private async conflict(op: WriteOp, e: WriteConflict, removed: WriteOp[]): Promise<unknown> {
    const id = op.sessionId;
    const latest =
      e.kind === 'moved-on' ? (await this.inspect(id).catch(() => null))?.session : null;
    if (!latest) {
      // Deleted (here or elsewhere), or unreadable: a deleted session's writes are not kept.
      this.forget(id);
      return new SessionDeleted(id);
    }
    this.known.set(id, latest);
    const answered = removed.filter((o) => !o.waiter);
    if (answered.length > 0) {
      // Already told "kept": set these entries aside for download rather than lose them.
      const kept = this.aside.get(id) ?? { create: null, appends: [] };
      for (const o of answered)
        if (o.kind === 'create') kept.create = o.session;
        else kept.appends.push({ entry: o.entry, summary: o.summary });
      this.aside.set(id, kept);
      queueMicrotask(() => this.changed(id));
    }
    return new SessionMovedOn(latest);
  }

  private forget(sessionId: string): void {
    this.known.delete(sessionId);
    this.aside.delete(sessionId);
    this.gone.add(sessionId);
  }

  async create(session: StoredSession): Promise<void> {
    const problems = storedSessionProblems(session);
    if (problems.length === 0) problems.push(...(await chainProblems(session)));
    if (problems.length > 0) throw new Error(`Not a valid session: ${problems.join('; ')}`);
    const id = session.log.header.sessionId;
    if (this.gone.has(id)) throw new SessionDeleted(id);
    const existing = this.known.get(id);
    if (existing) throw new SessionMovedOn(existing);
    this.known.set(id, session);
    return this.queue.write({ kind: 'create', sessionId: id, session });
  }

  async append(sessionId: string, entry: LogEntry, summary: SessionSummary): Promise<void> {
    const problems = [...entryProblems(entry), ...summaryProblems(summary)];
    if (problems.length === 0 && (await storedEntryHash(entry)) !== entry.hash)
      problems.push(`entry ${entry.seq}'s hash is not the hash of its fields`);
    if (problems.length > 0) throw new Error(`Not a valid entry: ${problems.join('; ')}`);
    if (this.gone.has(sessionId)) throw new SessionDeleted(sessionId);
    const current = this.known.get(sessionId);
    if (current) {
      const last = current.log.entries.at(-1);
      const prev = last ? last.hash : await headerHash(current.log.header);
      if (entry.seq !== (last?.seq ?? 0) + 1 || entry.prev !== prev)
        throw new SessionMovedOn(current);
      this.known.set(sessionId, {
        log: { header: current.log.header, entries: [...current.log.entries, entry] },
        summary,
      });
    }
    return this.queue.write({ kind: 'append', sessionId, entry, summary });
  }

  async delete(sessionId: string): Promise<void> {
    if (this.db) await writeDelete(this.db, sessionId, this.now());
    else if (this.noDb === UPDATED_ELSEWHERE) throw new Error(this.noDb);
    this.queue.drop(sessionId, new SessionDeleted(sessionId));
    this.forget(sessionId);
    this.syncMirror(sessionId);
    this.emitStatus();
    this.channel.post(sessionId);
  }

  async deleteBad(key: string): Promise<void> {
    const target = this.badTargets.get(key) ?? parseBadKey(key);
    if (!target) throw new Error(`No stored record has the key ${key}`);
    if (target.store === 'unsaved') {
      this.aside.delete(target.key);
      // Rewrites the mirror from the queue alone, or removes it (an unreadable copy included).
      this.syncMirror(target.key);
    } else if (this.db) {
      await deleteRecord(this.db, target.store, target.key, this.now());
      if (typeof target.key === 'string' && target.store === 'sessions') this.forget(target.key);
      if (typeof target.key === 'string') this.channel.post(target.key);
    } else throw new Error('Storage is not available, so the record cannot be deleted now.');
    this.badTargets.delete(key);
  }

  // --- reading --------------------------------------------------------------------------------

  private bad(
    target: BadTarget,
    sessionId: string | null,
    problem: string,
    raw: unknown,
  ): BadRecord {
    const key = badKey(target.store, target.key);
    this.badTargets.set(key, target);
    return { key, sessionId, problem, raw };
  }

  /** A stored session with this tab's queued writes on top. */
  private overlay(stored: StoredSession | null, sessionId: string): StoredSession | null {
    let session = stored;
    for (const op of this.queue.of(sessionId)) {
      if (op.kind === 'create') session ??= op.session;
      else if (session && op.entry.seq === session.log.entries.length + 1)
        session = {
          log: { header: session.log.header, entries: [...session.log.entries, op.entry] },
          summary: op.summary,
        };
    }
    return session;
  }

  private asideBad(sessionId: string): BadRecord[] {
    const kept = this.aside.get(sessionId);
    if (!kept) return [];
    return [
      this.bad(
        { store: 'unsaved', key: sessionId },
        sessionId,
        recordProblem(sessionId, [setAsideProblem(kept.appends.map((a) => a.entry.seq))]),
        { format: 1, sessionId, create: kept.create, appends: kept.appends },
      ),
    ];
  }

  async inspect(sessionId: string): Promise<{ session: StoredSession | null; bad: BadRecord[] }> {
    if (!this.db)
      return { session: this.known.get(sessionId) ?? null, bad: this.asideBad(sessionId) };
    let rows: Awaited<ReturnType<typeof readSessionRows>>;
    try {
      rows = await readSessionRows(this.db, sessionId);
    } catch {
      return { session: this.known.get(sessionId) ?? null, bad: this.asideBad(sessionId) };
    }
    if (rows.deleted) {
      this.forget(sessionId);
      return { session: null, bad: [] };
    }
    const bad: BadRecord[] = [];
    let stored: StoredSession | null = null;
    if (rows.row !== undefined) {
      const result = await sessionFromRows(rows.row, rows.entries);
      if ('session' in result) stored = result.session;
      else
        bad.push(
          this.register(sessionRecordBad(sessionId, rows.row, rows.entries, result.problems)),
        );
    } else if (rows.entries.length > 0) bad.push(this.register(orphanBad(sessionId, rows.entries)));
    const session = bad.length > 0 ? null : this.overlay(stored, sessionId);
    if (session) this.known.set(sessionId, session);
    else this.known.delete(sessionId);
    return { session, bad: [...bad, ...this.asideBad(sessionId)] };
  }

  async read(sessionId: string): Promise<StoredSession | null> {
    return (await this.inspect(sessionId)).session;
  }

  private register(found: FoundBad): BadRecord {
    return this.bad(found.target, found.sessionId, found.problem, found.raw);
  }

  async load(): Promise<{ sessions: StoredSession[]; bad: BadRecord[] }> {
    let checked: Awaited<ReturnType<typeof checkAll>> | null = null;
    let deleted = new Set<IDBValidKey>();
    if (this.db) {
      try {
        const all = await readAll(this.db);
        deleted = all.deleted;
        checked = await checkAll(all);
      } catch (e) {
        // Storage that cannot be read is not trusted with writes either: keep this tab's work in
        // memory (and the localStorage mirror) until a reload tries again.
        this.db.close();
        this.db = null;
        this.noDb = unreadable(e);
        this.emitStatus();
        return { sessions: [...this.known.values()], bad: [] };
      }
    }
    const stored = checked?.stored ?? new Map<string, StoredSession>();
    const badIds = checked?.badIds ?? new Set<string>();
    const bad = (checked?.bad ?? []).map((found) => this.register(found));
    for (const id of deleted) if (typeof id === 'string') this.forget(id);
    for (const [id, session] of stored) this.known.set(id, this.overlay(session, id) ?? session);
    for (const id of badIds) this.known.delete(id);
    for (const { sessionId, text } of readMirrors(this.local)) {
      // Already live in this tab (load called again): the queue is the truth.
      if (this.queue.of(sessionId).length > 0 || this.aside.has(sessionId)) continue;
      const plan = await planRestore(sessionId, text, stored.get(sessionId) ?? null, {
        deleted: deleted.has(sessionId),
        storedIsBad: badIds.has(sessionId),
      });
      if (plan.kind === 'drop') writeMirror(this.local, sessionId, null);
      else if (plan.kind === 'bad')
        bad.push(
          this.bad(
            { store: 'unsaved', key: sessionId },
            sessionId,
            recordProblem(sessionId, [unsavedCopyProblem(plan.problem)]),
            plan.raw,
          ),
        );
      else this.restore(sessionId, plan, stored.get(sessionId) ?? null);
    }
    for (const id of this.aside.keys()) bad.push(...this.asideBad(id));
    if (this.queue.length > 0) await this.queue.flush();
    this.emitStatus();
    return { sessions: [...this.known.values()], bad };
  }

  /** Queues the unsaved entries of a restore plan (see restore-mirror.ts) to be saved. */
  private restore(
    sessionId: string,
    plan: Extract<RestorePlan, { kind: 'restore' }>,
    stored: StoredSession | null,
  ): void {
    if (plan.create) this.queue.restore({ kind: 'create', sessionId, session: plan.create });
    for (const a of plan.appends)
      this.queue.restore({ kind: 'append', sessionId, entry: a.entry, summary: a.summary });
    if (plan.conflicting.length > 0)
      this.aside.set(sessionId, { create: null, appends: plan.conflicting });
    const session = this.overlay(stored, sessionId);
    if (session) this.known.set(sessionId, session);
    this.syncMirror(sessionId);
  }

  close(): void {
    this.queue.stop();
    this.channel.close();
    this.db?.close();
  }
}
