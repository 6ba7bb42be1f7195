/**
 * The app's sessions store for screen tests that need storage to misbehave: the real store
 * (createSessionsStore) over real log storage (fake-indexeddb), with appends that a test can hold
 * back, make fail once, or lose in a "reload" (the tab goes away with its writes unfinished and a
 * new one reads what storage and localStorage kept). Replace the app's store in a test file with
 *
 *   vi.mock('../../store/sessions-store', async (importOriginal) =>
 *     (await import('../../test-util/controlled-sessions')).controlledSessionsModule(
 *       await importOriginal(),
 *     ),
 *   );
 *
 * and drive it with `storageControl`. Untouched, it behaves exactly as the app's store does.
 */
import { openLogStorage, type LogStorage } from '../store/log-storage';
import type * as SessionsStoreModule from '../store/sessions-store';

type RealModule = typeof SessionsStoreModule;
type Store = RealModule['useSessions'];

const never = () => new Promise<never>(() => {});

let failNext: Error | null = null;
let gate: Promise<void> | null = null;
let release: (() => void) | null = null;
let reloadStore: (() => Promise<void>) | null = null;
/** Storage of tabs that have gone: nothing they still had in hand is ever written. */
const closed = new WeakSet<LogStorage>();

async function openControlled(): Promise<LogStorage> {
  const storage = await openLogStorage();
  const append = storage.append.bind(storage);
  storage.append = async (...args) => {
    if (closed.has(storage)) return never();
    if (failNext) {
      const e = failNext;
      failNext = null;
      throw e;
    }
    while (gate) await gate;
    if (closed.has(storage)) return never();
    return append(...args);
  };
  return storage;
}

export const storageControl = {
  /** The next append is refused with `error` (once); later appends are stored as usual. */
  failNextAppend(error: Error): void {
    failNext = error;
  },
  /** Appends wait, unstored, until the returned function (or `reload`) lets them go. */
  holdAppends(): () => void {
    if (!gate) gate = new Promise<void>((r) => (release = r));
    return storageControl.releaseAppends;
  },
  releaseAppends(): void {
    const r = release;
    gate = null;
    release = null;
    r?.();
  },
  /**
   * A reload: this tab's storage closes with any held or unfinished write lost, and a new store
   * reads what IndexedDB and localStorage kept. Unmount the screens first.
   */
  async reload(): Promise<void> {
    await reloadStore!();
  },
  /** Back to normal between tests. */
  reset(): void {
    failNext = null;
    storageControl.releaseAppends();
  },
};

/** The sessions-store module with `useSessions` as a controlled store that `reload` can replace. */
export function controlledSessionsModule(real: RealModule): RealModule {
  let storage: Promise<LogStorage> | null = null;
  const open = () => (storage ??= openControlled());
  let current: Store = real.createSessionsStore(open);
  reloadStore = async () => {
    const gone = storage && (await storage);
    if (gone) {
      closed.add(gone);
      gone.close();
    }
    failNext = null;
    gate = null;
    release = null;
    storage = null;
    current = real.createSessionsStore(open);
    await current.getState().init();
  };
  const useSessions = ((selector?: never) => current(selector!)) as unknown as Store;
  Object.assign(useSessions, {
    getState: () => current.getState(),
    getInitialState: () => current.getInitialState(),
    setState: (...args: Parameters<Store['setState']>) => current.setState(...args),
    subscribe: (...args: Parameters<Store['subscribe']>) => current.subscribe(...args),
  });
  return { ...real, useSessions };
}
