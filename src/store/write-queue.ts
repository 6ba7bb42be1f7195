/**
 * The writes of this tab, in order. A write is tried at once; if storage fails (full, closed, any
 * error but a conflict) it stays in the queue, is copied synchronously to localStorage, and the whole
 * queue is tried again every few seconds and on every new write, until storage takes it. A write
 * refused because of what is stored (the session moved on or was deleted) is a conflict: its caller
 * is told, or — if the caller was already told it was kept — its entries are set aside, never lost.
 */
import type { LogEntry } from '../domain/session/log-types';
import type { SessionSummary, StoredSession } from './session-store-types';
import type { UnsavedAppend, UnsavedMirror } from './unsaved-mirror';

/** A write to make: a new session, or the next entry of one. */
export type Write = (
  | { kind: 'create'; session: StoredSession }
  | { kind: 'append'; entry: LogEntry; summary: SessionSummary }
) & { sessionId: string };

export type WriteOp = Write & {
  /** The caller still waiting to hear how the first attempt went; null once answered. */
  waiter: { resolve(): void; reject(e: unknown): void } | null;
};

/** Entries this tab could not save because the session moved on elsewhere, kept for download. */
export interface SetAside {
  create: StoredSession | null;
  appends: UnsavedAppend[];
}

export interface Scheduler {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserScheduler: Scheduler = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface QueueDeps {
  /** Writes one op to storage; throws a conflict (see `isConflict`) or any storage failure. */
  run(op: WriteOp): Promise<void>;
  isConflict(e: unknown): boolean;
  /** Called for a conflict: returns the error the op's caller gets (and decides what is kept). */
  onConflict(op: WriteOp, e: unknown, removed: WriteOp[]): Promise<unknown>;
  onSaved(op: WriteOp): void;
  /** The queue or the failure changed: the mirror and the status must follow. */
  onChange(sessionIds: Iterable<string>): void;
  scheduler: Scheduler;
  retryMs: number;
  /** False when retrying cannot help (no database): the queue then waits for nothing. */
  canRetry(): boolean;
}

export class WriteQueue {
  private ops: WriteOp[] = [];
  private chain: Promise<void> = Promise.resolve();
  private timer: unknown = null;
  /** Why the last attempt failed; null while storage takes writes. */
  failure: unknown = null;

  constructor(private readonly deps: QueueDeps) {}

  get length(): number {
    return this.ops.length;
  }

  /** Entries not yet in storage. */
  get unsaved(): number {
    return this.ops.reduce(
      (n, op) => n + (op.kind === 'create' ? op.session.log.entries.length : 1),
      0,
    );
  }

  of(sessionId: string): WriteOp[] {
    return this.ops.filter((op) => op.sessionId === sessionId);
  }

  /** The mirror of one session's queued writes (set-aside entries first). */
  mirror(sessionId: string, aside: SetAside | undefined): UnsavedMirror | null {
    const ops = this.of(sessionId);
    const create = aside?.create ?? ops.find((op) => op.kind === 'create')?.session ?? null;
    const appends = [
      ...(aside?.appends ?? []),
      ...ops.flatMap((op) =>
        op.kind === 'append' ? [{ entry: op.entry, summary: op.summary }] : [],
      ),
    ];
    return create || appends.length > 0 ? { format: 1, sessionId, create, appends } : null;
  }

  /** Queues a write and resolves once it is saved or kept; rejects if it conflicts. */
  write(op: Write): Promise<void> {
    return new Promise((resolve, reject) => {
      this.ops.push({ ...op, waiter: { resolve, reject } });
      this.deps.onChange([op.sessionId]);
      void this.flush();
    });
  }

  /** Queues a write no caller waits for (unsaved entries found after a reload). */
  restore(op: Write): void {
    this.ops.push({ ...op, waiter: null });
    this.deps.onChange([op.sessionId]);
  }

  /** Drops every queued write of a deleted session, telling any waiting caller. */
  drop(sessionId: string, error: unknown): void {
    const removed = this.of(sessionId);
    this.ops = this.ops.filter((op) => op.sessionId !== sessionId);
    for (const op of removed) op.waiter?.reject(error);
    if (removed.length > 0) this.deps.onChange([sessionId]);
  }

  /** Tries every queued write, in order, after any attempt already running. */
  flush(): Promise<void> {
    this.chain = this.chain.then(() => this.drain()).catch(() => undefined);
    return this.chain;
  }

  stop(): void {
    if (this.timer !== null) this.deps.scheduler.clearTimeout(this.timer);
    this.timer = null;
  }

  private async drain(): Promise<void> {
    this.stop();
    while (this.ops.length > 0) {
      const op = this.ops[0]!;
      try {
        await this.deps.run(op);
      } catch (e) {
        if (this.deps.isConflict(e)) {
          // Refused for what is stored, so storage itself is answering again.
          this.failure = null;
          await this.conflict(op, e);
          continue;
        }
        return this.failed(e);
      }
      this.remove(op);
      // Storage takes writes again: what is still queued is on its way, not failing.
      if (this.failure !== null) this.failure = null;
      op.waiter?.resolve();
      op.waiter = null;
      this.deps.onSaved(op);
      this.deps.onChange([op.sessionId]);
    }
  }

  private remove(op: WriteOp): void {
    const i = this.ops.indexOf(op);
    if (i >= 0) this.ops.splice(i, 1);
  }

  private async conflict(op: WriteOp, e: unknown): Promise<void> {
    // The session's later writes follow from this one: none of them can be saved now either.
    const removed = this.of(op.sessionId);
    this.ops = this.ops.filter((o) => o.sessionId !== op.sessionId);
    const error = await this.deps.onConflict(op, e, removed);
    for (const o of removed) o.waiter?.reject(error);
    this.deps.onChange([op.sessionId]);
  }

  private failed(e: unknown): void {
    this.failure = e;
    // The session carries on in memory: every caller still waiting hears that its write is kept.
    const answered: string[] = [];
    for (const op of this.ops) {
      if (!op.waiter) continue;
      op.waiter.resolve();
      op.waiter = null;
      answered.push(op.sessionId);
    }
    if (this.deps.canRetry() && this.timer === null)
      this.timer = this.deps.scheduler.setTimeout(() => {
        this.timer = null;
        void this.flush();
      }, this.deps.retryMs);
    this.deps.onChange(answered);
  }
}
