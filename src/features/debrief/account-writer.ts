/**
 * Writes the reflective account into the session log. Every keystroke goes at once to a synchronous
 * working copy (src/store/reflection-draft.ts), so text typed a moment before a reload, a navigation
 * or closing the tab is never lost; a `reflection.revise` entry is appended after a pause, on blur,
 * on page hide and on leaving the debrief, and before signing. Writes run one after another, each
 * chained on the latest stored log; one that fails stays pending and is retried with the next write.
 */
import { sha256Hex } from '../../domain/session/hash';
import { nextEntry } from '../../domain/session/chain';
import type { EntryBody, SessionLog } from '../../domain/session/log-types';
import { trace } from '../../domain/session/trace';
import type { Scenario } from '../../domain/scenario/schema';
import { clearWorkingText, readWorkingText, saveWorkingText } from '../../store/reflection-draft';
import { useSessions } from '../../store/sessions-store';

export const REVISE_DELAY_MS = 1500;

/** The account as the learner has it now. */
export interface AccountText {
  frameworkId: string;
  /** The generated draft the text started from. */
  draft: string;
  text: string;
}

export interface WriterEvents {
  onSaved(): void;
  onError(message: string): void;
}

export class AccountWriter {
  private pending: AccountText | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly sessionId: string,
    private readonly scenario: Scenario,
    private readonly now: () => number,
    private readonly events: WriterEvents,
  ) {}

  /** The learner typed: kept at once, revised into the log after a pause. */
  edit(account: AccountText): void {
    saveWorkingText(this.sessionId, account.text, this.now());
    this.pending = account;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), REVISE_DELAY_MS);
  }

  /** Revises `account` into the log now. */
  saveNow(account: AccountText): Promise<void> {
    saveWorkingText(this.sessionId, account.text, this.now());
    this.pending = account;
    return this.flush();
  }

  /** Writes any pending change now; resolves once it is stored (or has failed and stays pending). */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const account = this.pending;
    if (!account) return this.queue;
    this.pending = null;
    this.queue = this.queue.then(() => this.write(account));
    return this.queue;
  }

  /** Signs the latest revision (after writing any pending change); rejects if it cannot be stored. */
  sign(declaration: { name: string; date: string; statement: string }): Promise<void> {
    void this.flush();
    const run = this.queue.then(async () => {
      if (this.pending)
        throw new Error('the account could not be saved, so it cannot be signed yet');
      await this.append(async (log) => {
        const account = trace(this.scenario, log).reflection;
        if (!account) throw new Error('there is no account to sign');
        return {
          type: 'reflection.sign',
          ...declaration,
          revision: account.revision,
          textHash: await sha256Hex(account.text),
        };
      });
    });
    this.queue = run.catch(() => {});
    return run;
  }

  private async write(account: AccountText): Promise<void> {
    try {
      await this.append((log) => {
        const last = trace(this.scenario, log).reflection;
        if (
          last &&
          last.text === account.text &&
          last.draft === account.draft &&
          last.frameworkId === account.frameworkId
        )
          return null;
        return {
          type: 'reflection.revise',
          frameworkId: account.frameworkId,
          generated: last && last.draft === account.draft ? null : account.draft,
          text: account.text,
        };
      });
      // The working copy is only for text not yet in the log.
      if (readWorkingText(this.sessionId)?.text === account.text) clearWorkingText(this.sessionId);
      this.events.onSaved();
    } catch (e) {
      // Keep it for the next attempt unless something newer is already waiting.
      this.pending ??= account;
      this.events.onError(e instanceof Error ? e.message : String(e));
    }
  }

  /** Appends the entry `make` builds on the latest stored log (once more if another tab got there first). */
  private async append(make: (log: SessionLog) => EntryBody | null | Promise<EntryBody | null>) {
    for (let attempt = 0; ; attempt++) {
      const store = useSessions.getState();
      const latest = store.sessions.find((s) => s.log.header.sessionId === this.sessionId);
      if (!latest) throw new Error('this session is no longer stored (it was deleted)');
      const body = await make(latest.log);
      if (!body) return;
      const entry = await nextEntry(latest.log, body, this.now());
      try {
        await store.append(this.sessionId, entry, { ...latest.summary, updatedAt: entry.at });
        return;
      } catch (e) {
        if ((e as { name?: string }).name !== 'SessionMovedOn' || attempt > 0) throw e;
      }
    }
  }
}
