/**
 * Which session logs the learner has downloaded, and how long each log was then, so that nothing is
 * removed from a computer without saying which assessment attempts have not been kept (or have
 * changed since: a reflective account signed after the download). A note in localStorage beside the
 * sessions; it is a reminder, never evidence.
 */
import { create } from 'zustand';
import { browserLocalStorage } from './unsaved-mirror';

export const EXPORTED_KEY = 'defuse:exported';

/** Session id → the number of entries its log had when it was last downloaded. */
export type ExportedLogs = Readonly<Record<string, number>>;

/** A session's log as kept outside this computer. */
export type ExportState = 'never' | 'changed-since' | 'kept';

export const exportState = (
  exported: ExportedLogs,
  sessionId: string,
  entries: number,
): ExportState => {
  const at = exported[sessionId];
  return at === undefined ? 'never' : at < entries ? 'changed-since' : 'kept';
};

interface ExportedState {
  exported: ExportedLogs;
  /** The log of `sessionId` was downloaded with `entries` entries. */
  mark(sessionId: string, entries: number): void;
  forget(sessionIds: readonly string[]): void;
}

function read(local: Storage | null): ExportedLogs {
  try {
    const value: unknown = JSON.parse(local?.getItem(EXPORTED_KEY) ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((e): e is [string, number] => Number.isInteger(e[1])),
    );
  } catch {
    return {};
  }
}

export function createExportedLogsStore(local: Storage | null = browserLocalStorage()) {
  const save = (exported: ExportedLogs) => {
    try {
      local?.setItem(EXPORTED_KEY, JSON.stringify(exported));
    } catch {
      // Full or blocked: kept in memory for this tab.
    }
  };
  const store = create<ExportedState>()((set, get) => ({
    exported: read(local),
    mark(sessionId, entries) {
      const next = {
        ...get().exported,
        [sessionId]: Math.max(entries, get().exported[sessionId] ?? 0),
      };
      save(next);
      set({ exported: next });
    },
    forget(sessionIds) {
      const next = { ...get().exported };
      for (const id of sessionIds) delete next[id];
      save(next);
      set({ exported: next });
    },
  }));
  if (typeof window !== 'undefined' && local)
    window.addEventListener('storage', (e) => {
      if (e.storageArea === local && (e.key === EXPORTED_KEY || e.key === null))
        store.setState({ exported: read(local) });
    });
  return store;
}

export const useExportedLogs = createExportedLogsStore();
