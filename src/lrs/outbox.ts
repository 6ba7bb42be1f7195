/**
 * The sender: statements wait in the outbox database until the LRS has them. Each drain reads the
 * queue, posts it in batches and removes what the LRS stored; on a failure that may pass (no answer,
 * a server error) it tries again after a back-off, and on one that needs the learner (credentials
 * refused, wrong endpoint, statements refused) it waits for them. Nothing is removed from the queue
 * until the LRS has answered that it holds it, so nothing is lost. Every dependency — the database,
 * the settings, fetch, the clock and timers, the cross-tab lock — is injected, so tests drive it.
 */
import type { XapiStatement } from '../export/xapi/xapi-types';
import { mayPass, type LrsAnswer } from './lrs-answer';
import { postStatements, putStatement, type ClientDeps } from './lrs-client';
import type { LrsSettings } from './lrs-settings';
import { answerInWords } from './lrs-words';
import { retryDelay } from './backoff';
import { countWaiting, queueSession, readQueue, removeSent, type OutboxDb } from './outbox-db';
import type { StatementRow } from './outbox-rows';

/** Statements per POST: small enough for any LRS's body limit. */
export const BATCH = 50;

export interface OutboxDeps extends ClientDeps {
  db(): Promise<OutboxDb>;
  /** The settings now (read afresh each time: they may change in another tab). */
  settings(): LrsSettings | null;
  now(): number;
  /** Runs `job` while no other tab is sending (navigator.locks in the browser). */
  exclusive(job: () => Promise<void>): Promise<void>;
  /** Tells other tabs the queue changed. */
  announce(): void;
}

export type OutboxState =
  /** Nothing is being done: the queue is empty, or there is no LRS to send to. */
  | 'idle'
  | 'sending'
  /** A failure that may pass: another attempt is scheduled. */
  | 'retrying'
  /** A failure only the learner can fix (settings, or statements the LRS refuses). */
  | 'stuck';

export interface OutboxStatus {
  state: OutboxState;
  /** Statements in the queue. */
  waiting: number;
  configured: boolean;
  /** The last attempt's outcome, in words. */
  last: { ok: boolean; message: string; at: number } | null;
  /** Statements this page has seen the LRS take. */
  sent: number;
  /** Stored rows that failed their check and were set aside, with what was wrong. */
  quarantined: string[];
  /** Why statements could not be made, kept or read for sending, if they could not. */
  problem: string | null;
}

const INITIAL: OutboxStatus = {
  state: 'idle',
  waiting: 0,
  configured: false,
  last: null,
  sent: 0,
  quarantined: [],
  problem: null,
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class Outbox {
  private current: OutboxStatus = INITIAL;
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private timer: unknown = null;

  constructor(private readonly deps: OutboxDeps) {}

  status = (): OutboxStatus => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<OutboxStatus>) {
    this.current = { ...this.current, ...patch };
    for (const l of this.listeners) l();
  }

  /** Re-reads the count (another tab may have queued or sent statements). */
  async refresh(): Promise<void> {
    try {
      const waiting = await countWaiting(await this.deps.db());
      this.set({ waiting, configured: this.deps.settings() !== null, problem: null });
    } catch (e) {
      this.set({
        problem: `The statements waiting to send could not be read (${message(e)}).`,
      });
    }
  }

  /** Queues one session's statements (once per session), then sends. */
  async queue(sessionId: string, statements: readonly XapiStatement[]): Promise<void> {
    const queuedAt = this.deps.now();
    const rows: StatementRow[] = statements.map((statement, position) => ({
      id: statement.id,
      sessionId,
      position,
      queuedAt,
      statement,
    }));
    try {
      const db = await this.deps.db();
      const added = await queueSession(db, { sessionId, queuedAt, count: rows.length }, rows);
      if (added) this.deps.announce();
    } catch (e) {
      this.set({
        problem: `This session’s statements could not be kept for sending (${message(e)}); download them from the debrief instead.`,
      });
      return;
    }
    await this.send();
  }

  /** Sends now: after a change of settings, coming back online, or the learner asking. */
  send(): Promise<void> {
    this.cancelRetry();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.deps.exclusive(() => this.drain());
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Resolves once the sending in progress (if any) is over. */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** Says why a session's statements could not be made, so the learner knows to download them. */
  report(problem: string): void {
    this.set({ problem });
  }

  /** Stops any scheduled attempt (the page is going, or a test is done). */
  stop(): void {
    this.cancelRetry();
  }

  private cancelRetry() {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  private async drain(): Promise<void> {
    const settings = this.deps.settings();
    let db: OutboxDb;
    let rows: StatementRow[];
    try {
      db = await this.deps.db();
      const queue = await readQueue(db);
      rows = queue.rows;
      this.set({
        waiting: rows.length,
        configured: settings !== null,
        problem: null,
        ...(queue.quarantined.length
          ? { quarantined: [...this.current.quarantined, ...queue.quarantined] }
          : {}),
      });
    } catch (e) {
      this.set({
        state: 'idle',
        problem: `The statements waiting to send could not be read (${message(e)}).`,
      });
      return;
    }
    // No LRS, no request: statements wait until one is set up.
    if (!settings || rows.length === 0) return this.set({ state: 'idle' });
    this.set({ state: 'sending' });
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      const answer = await this.sendBatch(settings, batch);
      if (answer.kind !== 'stored') return this.failed(answer, settings);
      try {
        await removeSent(
          db,
          batch.map((r) => r.id),
        );
      } catch (e) {
        // The LRS has them; sending them again later is harmless (same ids).
        this.set({ problem: `Sent, but the queue could not be updated (${message(e)}).` });
      }
      this.deps.announce();
      this.set({
        waiting: this.current.waiting - batch.length,
        sent: this.current.sent + batch.length,
      });
    }
    this.failures = 0;
    this.set({
      state: 'idle',
      last: {
        ok: true,
        message: answerInWords({ kind: 'stored', count: rows.length }, settings.endpoint),
        at: this.deps.now(),
      },
    });
  }

  /**
   * One POST; if the LRS says some ids are taken (409), each statement is PUT on its own: the LRS
   * takes the new ones, and answers 204 for one it already holds or 409 for a different one under
   * the same id — which sending again can never change, so it counts as held.
   */
  private async sendBatch(settings: LrsSettings, batch: StatementRow[]): Promise<LrsAnswer> {
    const answer = await postStatements(
      settings,
      batch.map((r) => r.statement),
      this.deps,
    );
    if (answer.kind !== 'conflict') return answer;
    for (const row of batch) {
      const one = await putStatement(settings, row.statement, this.deps);
      if (one.kind !== 'stored' && one.kind !== 'conflict') return one;
    }
    return { kind: 'stored', count: batch.length };
  }

  private failed(answer: LrsAnswer, settings: LrsSettings): void {
    const words = answerInWords(answer, settings.endpoint);
    const last = { ok: false, message: words, at: this.deps.now() };
    if (!mayPass(answer)) return this.set({ state: 'stuck', last });
    this.failures += 1;
    this.set({ state: 'retrying', last });
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      void this.send();
    }, retryDelay(this.failures));
  }
}
