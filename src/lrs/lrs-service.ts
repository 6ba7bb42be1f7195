/**
 * The app's one outbox, wired to the browser: the `defuse-lrs` database, the saved settings, fetch,
 * real timers, the app's clock, navigator.locks so two tabs never send at once, and a
 * BroadcastChannel so every tab shows the same count. It sends when it starts, when the device comes
 * back online and when another tab changes the queue. Loaded only once an LRS is set up, or when the
 * learner opens the settings, so no request can leave a page that has none.
 */
import { runtime } from '../app/runtime';
import { loadLrsSettings, SETTINGS_KEY } from './lrs-settings';
import { Outbox } from './outbox';
import { openOutboxDb, type OutboxDb } from './outbox-db';

const CHANNEL = 'defuse-lrs';
const LOCK = 'defuse-lrs-send';

let outbox: Outbox | null = null;

function exclusive(job: () => Promise<void>): Promise<void> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request(LOCK, job) : job();
}

/** The outbox, made and started on first use. */
export function lrsOutbox(): Outbox {
  if (outbox) return outbox;
  let db: Promise<OutboxDb> | null = null;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const made = new Outbox({
    db: () =>
      (db ??= openOutboxDb().catch((e: unknown) => {
        db = null;
        throw e;
      })),
    settings: () => loadLrsSettings().settings,
    now: runtime.now,
    fetch: (...args) => globalThis.fetch(...args),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    exclusive,
    announce: () => channel?.postMessage('changed'),
  });
  if (channel) channel.onmessage = () => void made.refresh();
  addEventListener('online', () => void made.send());
  // Settings saved or removed in another tab.
  addEventListener('storage', (e) => {
    if (e.key === SETTINGS_KEY) void made.send();
  });
  outbox = made;
  void made.send();
  return made;
}
