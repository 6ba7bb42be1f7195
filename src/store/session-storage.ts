/**
 * Where sessions are kept: IndexedDB (through idb), or memory when the browser will not give us
 * storage (private mode, blocked, quota full). Memory mode is announced, never silent, and nothing
 * already played is dropped when storage fails mid-session.
 */
import { wrap, type IDBPDatabase } from 'idb';
import type { SessionRecord } from '../domain/session/session-record';

export type StorageStatus = { kind: 'indexeddb' } | { kind: 'memory'; problem: string };

export interface SessionStorage {
  status(): StorageStatus;
  list(): Promise<unknown[]>;
  put(record: SessionRecord): Promise<void>;
  delete(id: string): Promise<void>;
}

const DB_NAME = 'defuse';
const STORE = 'sessions';

/** `factory` null means "no IndexedDB here"; `dbName` lets tests keep their databases apart. */
export async function openSessionStorage(
  factory: IDBFactory | null = globalThis.indexedDB ?? null,
  dbName = DB_NAME,
): Promise<SessionStorage> {
  const memory = new Map<string, SessionRecord>();
  if (!factory)
    return memoryStorage(
      memory,
      'This browser offers no storage here (IndexedDB is unavailable), so sessions last only until you close the tab.',
    );
  let db: IDBPDatabase;
  try {
    const request = factory.open(dbName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    db = (await wrap(request)) as IDBPDatabase;
  } catch (e) {
    return memoryStorage(
      memory,
      `The browser refused storage (${describe(e)}), so sessions last only until you close the tab.`,
    );
  }
  let fallback: StorageStatus | null = null;
  return {
    status: () => fallback ?? { kind: 'indexeddb' },
    async list() {
      if (fallback) return [...memory.values()];
      try {
        return await db.getAll(STORE);
      } catch (e) {
        fallback = {
          kind: 'memory',
          problem: `Saved sessions could not be read (${describe(e)}).`,
        };
        return [...memory.values()];
      }
    },
    async put(record) {
      memory.set(record.id, record);
      if (fallback) return;
      try {
        await db.put(STORE, record);
      } catch (e) {
        fallback = {
          kind: 'memory',
          problem: `Saving failed (${describe(e)}): this session is kept in memory only until you close the tab. Free some space or export it before you leave.`,
        };
      }
    },
    async delete(id) {
      memory.delete(id);
      if (!fallback) await db.delete(STORE, id);
    },
  };
}

function memoryStorage(memory: Map<string, SessionRecord>, problem: string): SessionStorage {
  return {
    status: () => ({ kind: 'memory', problem }),
    list: async () => [...memory.values()],
    put: async (record) => {
      memory.set(record.id, record);
    },
    delete: async (id) => {
      memory.delete(id);
    },
  };
}

function describe(e: unknown): string {
  if (e instanceof DOMException)
    return e.name === 'QuotaExceededError' ? 'storage is full' : e.name;
  return e instanceof Error ? e.message : String(e);
}
