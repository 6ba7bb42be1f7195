// fake-indexeddb/auto provides IndexedDB's globals (IDBRequest…) that idb checks against.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { newSessionRecord } from '../domain/session/session-record';
import { openSessionStorage } from './session-storage';
import { createSessionsStore } from './sessions-store';

let n = 0;
/** A fresh, private database for each use. */
const fresh = () => {
  const factory = new IDBFactory();
  const name = `defuse-test-${++n}`;
  return () => openSessionStorage(factory, name);
};

const record = (id: string, now = 1) =>
  newSessionRecord({
    id,
    scenarioId: 'x',
    scenarioTitle: 'X',
    mode: 'practice',
    learnerName: '',
    now,
  });

describe('session storage', () => {
  it('keeps sessions in IndexedDB across openings', async () => {
    const open = fresh();
    const first = await open();
    await first.put(record('a'));
    const second = await open();
    expect(second.status()).toEqual({ kind: 'indexeddb' });
    expect(await second.list()).toEqual([record('a')]);
  });

  it('falls back to memory, saying so, when IndexedDB is unavailable', async () => {
    const s = await openSessionStorage(null);
    await s.put(record('a'));
    expect(await s.list()).toHaveLength(1);
    expect(s.status()).toMatchObject({
      kind: 'memory',
      problem: expect.stringMatching(/until you close the tab/),
    });
  });

  it('keeps working in memory when a save fails (quota full), without losing the session', async () => {
    const s = await fresh()();
    const failing = {
      ...record('big'),
      // Functions cannot be stored in IndexedDB: a stand-in for any write failure.
      events: [{ type: 'learner.withdraw', at: 1, bad: () => 1 }] as never,
    };
    await s.put(failing);
    expect(s.status()).toMatchObject({
      kind: 'memory',
      problem: expect.stringMatching(/Saving failed/),
    });
    expect((await s.list()).map((r) => (r as { id: string }).id)).toEqual(['big']);
  });
});

describe('the sessions store', () => {
  it('lists readable sessions most recent first and reports unreadable ones without deleting them', async () => {
    const open = fresh();
    const raw = await open();
    await raw.put(record('old', 1));
    await raw.put(record('new', 5));
    await raw.put({ ...record('future', 9), format: 2 } as never);
    const store = createSessionsStore(open);
    await store.getState().init();
    expect(store.getState().sessions.map((r) => r.id)).toEqual(['new', 'old']);
    expect(store.getState().unreadable).toEqual([
      { id: 'future', problem: expect.stringMatching(/newer version/) },
    ]);
    expect(await raw.list()).toHaveLength(3);
  });

  it('saves before resolving, and removes on request', async () => {
    const open = fresh();
    const store = createSessionsStore(open);
    await store.getState().init();
    await store.getState().save(record('a'));
    expect(await (await open()).list()).toHaveLength(1);
    await store.getState().remove('a');
    expect(store.getState().sessions).toEqual([]);
    expect(await (await open()).list()).toHaveLength(0);
  });
});
