/**
 * The learner's sessions as every screen sees them: each readable log with its summary (most
 * recently updated first), the stored records that could not be read, and how storage is doing.
 * Every write goes to storage (log-storage.ts) before the state changes; a change made in another
 * tab is read back at once, so every screen shows the latest state of a session. A session started
 * while a learner is signed in on a shared computer is theirs (shared-computer.ts); the sessions a
 * shared visit left behind when the browser closed are removed as storage is first read.
 */
import { create } from 'zustand';
import type { LogEntry } from '../domain/session/log-types';
import { useExportedLogs } from './exported-logs';
import { openLogStorage, type LogStorage } from './log-storage';
import { clearWorkingText } from './reflection-draft';
import { leftBehind, useSharedComputer, type SharedComputerStore } from './shared-computer';
import {
  SessionDeleted,
  SessionMovedOn,
  type BadRecord,
  type SessionSummary,
  type StorageStatus,
  type StoredSession,
} from './session-store-types';

export interface SessionsState {
  /** Storage has been read (sessions and bad records are complete). */
  ready: boolean;
  storage: StorageStatus | null;
  /** Every readable session, most recently updated first. */
  sessions: StoredSession[];
  /** Stored records that could not be read: listed, downloadable, deletable. */
  bad: BadRecord[];
  init(): Promise<void>;
  /** Stores a new session (rejects SessionMovedOn if its id exists, SessionDeleted if deleted). */
  create(session: StoredSession): Promise<void>;
  /**
   * Adds the next entry. Rejects SessionMovedOn (the state then holds `latest`) or SessionDeleted
   * (the session is then gone from the state).
   */
  append(sessionId: string, entry: LogEntry, summary: SessionSummary): Promise<void>;
  remove(sessionId: string): Promise<void>;
  /** Removes each of these sessions in turn; stops at the first that fails. */
  removeAll(sessionIds: readonly string[]): Promise<void>;
  removeBad(key: string): Promise<void>;
}

export type OpenStorage = () => Promise<LogStorage>;

const byRecent = (a: StoredSession, b: StoredSession) => b.summary.updatedAt - a.summary.updatedAt;

/** What this browser keeps of a removed session beside its log: the account's working copy, the note of its download. */
function forgetSession(sessionId: string): void {
  clearWorkingText(sessionId);
  useExportedLogs.getState().forget([sessionId]);
}
const idOf = (s: StoredSession) => s.log.header.sessionId;

/** `sessions` with `session` in place of the one with its id (or without it, when null). */
function replace(
  sessions: StoredSession[],
  sessionId: string,
  session: StoredSession | null,
): StoredSession[] {
  const others = sessions.filter((s) => idOf(s) !== sessionId);
  return session ? [session, ...others].sort(byRecent) : others;
}

export interface SessionsStoreDeps {
  shared?: SharedComputerStore;
}

export function createSessionsStore(
  openStorage: OpenStorage = () => openLogStorage(),
  { shared = useSharedComputer }: SessionsStoreDeps = {},
) {
  let storage: Promise<LogStorage> | null = null;
  let initialising: Promise<void> | null = null;
  const getStorage = () => (storage ??= openStorage());

  return create<SessionsState>()((set, get) => {
    /** The storage status, set only when it changed: every set wakes every subscriber. */
    const refreshStatus = async (s: LogStorage) => {
      const status = await s.status();
      if (JSON.stringify(status) !== JSON.stringify(get().storage)) set({ storage: status });
    };

    /** Reads one session back after a change elsewhere: the latest state, or gone. */
    const refresh = async (s: LogStorage, sessionId: string) => {
      const { session, bad } = await s.inspect(sessionId);
      set((state) => ({
        sessions: replace(state.sessions, sessionId, session),
        bad: [
          // Legacy records are not session logs: no change to a log touches them.
          ...state.bad.filter((b) => b.sessionId !== sessionId || b.key.startsWith('legacy/')),
          ...bad,
        ],
      }));
    };

    return {
      ready: false,
      storage: null,
      sessions: [],
      bad: [],

      init() {
        initialising ??= (async () => {
          const s = await getStorage();
          s.onStatus((status) => set({ storage: status }));
          s.onChange((sessionId) => void refresh(s, sessionId));
          const loaded = await s.load();
          // A shared visit that ended when the browser closed: its sessions go with it.
          const gone = leftBehind(shared.getState().owners, shared.getState().signedIn);
          const removed = new Set<string>();
          for (const id of gone) {
            try {
              if (loaded.sessions.some((x) => idOf(x) === id)) await s.delete(id);
              forgetSession(id);
              removed.add(id);
            } catch {
              // Tried again at the next start; hidden meanwhile, as another visit's session.
            }
          }
          shared.getState().release([...removed]);
          const sessions = loaded.sessions.filter((x) => !removed.has(idOf(x)));
          // Keep sessions created while storage was being read.
          const ids = new Set(sessions.map(idOf));
          const early = get().sessions.filter((x) => !ids.has(idOf(x)));
          set({
            ready: true,
            storage: await s.status(),
            sessions: [...early, ...sessions].sort(byRecent),
            bad: loaded.bad.filter((b) => b.sessionId === null || !removed.has(b.sessionId)),
          });
        })();
        return initialising;
      },

      async create(session) {
        shared.getState().claim(idOf(session));
        const s = await getStorage();
        try {
          await s.create(session);
        } finally {
          await refreshStatus(s);
        }
        set((state) => ({ sessions: replace(state.sessions, idOf(session), session) }));
      },

      async append(sessionId, entry, summary) {
        const s = await getStorage();
        try {
          await s.append(sessionId, entry, summary);
        } catch (e) {
          if (e instanceof SessionMovedOn)
            set((state) => ({ sessions: replace(state.sessions, sessionId, e.latest) }));
          else if (e instanceof SessionDeleted)
            set((state) => ({ sessions: replace(state.sessions, sessionId, null) }));
          throw e;
        } finally {
          await refreshStatus(s);
        }
        const current = get().sessions.find((x) => idOf(x) === sessionId);
        // Read back meanwhile (another tab's change arrived first), or not listed: read it again.
        if (current?.log.entries.length !== entry.seq - 1) return refresh(s, sessionId);
        const next: StoredSession = {
          log: { header: current.log.header, entries: [...current.log.entries, entry] },
          summary,
        };
        set((state) => ({ sessions: replace(state.sessions, sessionId, next) }));
      },

      async remove(sessionId) {
        const s = await getStorage();
        await s.delete(sessionId);
        forgetSession(sessionId);
        shared.getState().release([sessionId]);
        set((state) => ({
          sessions: replace(state.sessions, sessionId, null),
          bad: state.bad.filter((b) => b.sessionId !== sessionId || !b.key.startsWith('unsaved/')),
        }));
        await refreshStatus(s);
      },

      async removeAll(sessionIds) {
        for (const id of sessionIds) await get().remove(id);
      },

      async removeBad(key) {
        const s = await getStorage();
        await s.deleteBad(key);
        set((state) => ({ bad: state.bad.filter((b) => b.key !== key) }));
        await refreshStatus(s);
      },
    };
  });
}

export type SessionsStore = ReturnType<typeof createSessionsStore>;

/** The app's store. Tests make their own with `createSessionsStore(() => openLogStorage(…))`. */
export const useSessions: SessionsStore = createSessionsStore();
