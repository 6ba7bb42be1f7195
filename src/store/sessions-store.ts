/**
 * The learner's sessions, in memory and in storage. Every change is written to storage before the
 * promise resolves, so a screen that awaits `save` only moves on once the turn is safe.
 */
import { create } from 'zustand';
import { sessionRecordProblem, type SessionRecord } from '../domain/session/session-record';
import { openSessionStorage, type SessionStorage, type StorageStatus } from './session-storage';

export interface UnreadableSession {
  id: string | null;
  problem: string;
}

export interface SessionsState {
  ready: boolean;
  storage: StorageStatus | null;
  /** Every readable session, most recently updated first. */
  sessions: SessionRecord[];
  /** Saved records that could not be read; kept in storage, reported to the learner. */
  unreadable: UnreadableSession[];
  init(): Promise<void>;
  save(record: SessionRecord): Promise<void>;
  remove(id: string): Promise<void>;
}

export type OpenStorage = () => Promise<SessionStorage>;

const byRecent = (a: SessionRecord, b: SessionRecord) => b.updatedAt - a.updatedAt;

export function createSessionsStore(openStorage: OpenStorage = () => openSessionStorage()) {
  let storage: Promise<SessionStorage> | null = null;
  const getStorage = () => (storage ??= openStorage());

  return create<SessionsState>()((set, get) => ({
    ready: false,
    storage: null,
    sessions: [],
    unreadable: [],
    async init() {
      const s = await getStorage();
      const raw = await s.list();
      const sessions: SessionRecord[] = [];
      const unreadable: UnreadableSession[] = [];
      for (const value of raw) {
        const problem = sessionRecordProblem(value);
        if (problem) {
          const id = (value as { id?: unknown } | null)?.id;
          unreadable.push({ id: typeof id === 'string' ? id : null, problem });
        } else sessions.push(value as SessionRecord);
      }
      // Keep sessions created before init finished (e.g. started while storage was opening).
      const known = new Set(sessions.map((r) => r.id));
      const pending = get().sessions.filter((r) => !known.has(r.id));
      set({
        ready: true,
        storage: s.status(),
        sessions: [...pending, ...sessions].sort(byRecent),
        unreadable,
      });
    },
    async save(record) {
      const s = await getStorage();
      await s.put(record);
      set((state) => ({
        storage: s.status(),
        sessions: [record, ...state.sessions.filter((r) => r.id !== record.id)].sort(byRecent),
      }));
    },
    async remove(id) {
      const s = await getStorage();
      await s.delete(id);
      set((state) => ({
        storage: s.status(),
        sessions: state.sessions.filter((r) => r.id !== id),
      }));
    },
  }));
}

export type SessionsStore = ReturnType<typeof createSessionsStore>;

/** The app's store. Tests create their own with `createSessionsStore(fakeStorage)`. */
export const useSessions: SessionsStore = createSessionsStore();
