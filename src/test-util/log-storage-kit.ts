/**
 * A test kit for the log storage: a private fake IndexedDB per test, a localStorage that survives a
 * simulated reload, a retry timer the test runs by hand, a private BroadcastChannel, storage that
 * can be made to fail as a full disk does, and stored sessions built from real logs.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, vi } from 'vitest';
import { nextEntry } from '../domain/session/chain';
import type { EntryBody, LogEntry, SessionLog } from '../domain/session/log-types';
import { openLogStorage, type LogStorage, type LogStorageOptions } from '../store/log-storage';
import type { SessionSummary, StoredSession } from '../store/session-store-types';
import type { Scheduler } from '../store/write-queue';
import { fakeScenario } from './fake-scenario';
import { makeLog, type Step } from './make-log';

/** localStorage in memory, with the Storage interface. */
export class MemoryLocalStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** When set, every write throws as a full localStorage does. */
  full = false;
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
  keys() {
    return [...this.items.keys()];
  }
}

/** A scheduler whose timers run only when the test says so. */
export function manualScheduler(): Scheduler & { pending(): number; runAll(): void } {
  let next = 1;
  const timers = new Map<number, () => void>();
  return {
    setTimeout(run) {
      const id = next++;
      timers.set(id, run);
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    pending: () => timers.size,
    runAll() {
      const due = [...timers.values()];
      timers.clear();
      for (const run of due) run();
    },
  };
}

/**
 * Makes every IndexedDB write fail with QuotaExceededError, as a full disk does, until `restore`.
 * Needs fake-indexeddb/auto (its IDBObjectStore is the global one).
 */
export function fillStorage() {
  const quota = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quota);
  const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quota);
  return {
    restore() {
      add.mockRestore();
      put.mockRestore();
    },
  };
}

let n = 0;

/** One browser: a database, localStorage and a retry timer; `open()` is one tab (or one reload). */
export function testBrowser() {
  const factory = new IDBFactory();
  const dbName = `defuse-test-${++n}`;
  const local = new MemoryLocalStorage();
  const scheduler = manualScheduler();
  const opened: LogStorage[] = [];
  return {
    factory,
    dbName,
    local,
    scheduler,
    async open(options: LogStorageOptions = {}): Promise<LogStorage> {
      const s = await openLogStorage({
        factory,
        dbName,
        local,
        scheduler,
        openChannel: () => new BroadcastChannel(`channel-${dbName}`),
        ...options,
      });
      opened.push(s);
      return s;
    },
    /** Closes every tab opened (their channels would keep the test runner waiting). */
    closeAll() {
      for (const s of opened.splice(0)) s.close();
    },
  };
}

export const summaryOf = (log: SessionLog, turns = 0): SessionSummary => ({
  turns,
  outcome: null,
  updatedAt: log.entries.at(-1)?.at ?? log.header.startedAt,
});

/**
 * A real log of the fake scenario played by `steps`, as a new session (no entries) and the entries
 * to append to it one by one.
 */
export async function sessionToPlay(
  steps: readonly Step[],
  sessionId = 'session-1',
): Promise<{ session: StoredSession; entries: LogEntry[]; log: SessionLog }> {
  const log = await makeLog(fakeScenario(), steps, { sessionId });
  const start: SessionLog = { header: log.header, entries: [] };
  return { session: { log: start, summary: summaryOf(start) }, entries: log.entries, log };
}

/** The summary a log has after its first `count` entries. */
export const summaryAfter = (log: SessionLog, count: number): SessionSummary =>
  summaryOf({ header: log.header, entries: log.entries.slice(0, count) }, count);

/** An entry that follows `log` but differs from any other tab's: a different tutor override. */
export const divergentEntry = (log: SessionLog, reason: string): Promise<LogEntry> => {
  const last = log.entries.at(-1);
  const body: EntryBody = {
    type: 'tutor.override',
    tension: 50,
    reason,
    tensionBefore: last && 'tensionAfter' in last ? last.tensionAfter : 40,
    tensionAfter: 50,
    moodBefore: last && 'moodAfter' in last ? last.moodAfter : 'frustrated',
    moodAfter: 'frustrated',
  };
  return nextEntry(log, body, (last?.at ?? log.header.startedAt) + 1000);
};

/**
 * The session as IndexedDB holds it, read by another connection as a fresh tab would (no channel,
 * no localStorage copy): what a reload would find. Null when it is not stored (or was deleted).
 */
export async function inStorage(sessionId: string): Promise<StoredSession | null> {
  const other = await openLogStorage({ openChannel: null, local: null });
  try {
    return await other.read(sessionId);
  } finally {
    other.close();
  }
}

/**
 * For a test file: fresh browsers (`browser()`) and a full storage (`fill()` / `restore()`), every
 * browser closed and storage given back after each test.
 */
export function testBrowsers() {
  const open: ReturnType<typeof testBrowser>[] = [];
  let full: ReturnType<typeof fillStorage> | null = null;
  afterEach(() => {
    full?.restore();
    full = null;
    for (const b of open.splice(0)) b.closeAll();
  });
  return {
    browser() {
      const b = testBrowser();
      open.push(b);
      return b;
    },
    fill() {
      full = fillStorage();
    },
    restore() {
      full?.restore();
      full = null;
    },
  };
}
