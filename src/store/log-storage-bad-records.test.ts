// Every stored record is checked completely on load; each bad one is listed precisely, can be
// downloaded as it is and deleted, and never hides the good ones.
import 'fake-indexeddb/auto';
import { wrap, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry, SessionLog } from '../domain/session/log-types';
import { fakeScenario } from '../test-util/fake-scenario';
import { sessionToPlay, summaryOf, testBrowser } from '../test-util/log-storage-kit';
import { makeLog } from '../test-util/make-log';
import { WITHDRAW } from '../test-util/sessions';

const browsers: ReturnType<typeof testBrowser>[] = [];
const browser = () => {
  const b = testBrowser();
  browsers.push(b);
  return b;
};
afterEach(() => {
  for (const b of browsers.splice(0)) b.closeAll();
});

const open = (b: ReturnType<typeof testBrowser>, version?: number) =>
  wrap(b.factory.open(b.dbName, version)) as Promise<IDBPDatabase>;

const logOf = (sessionId: string) =>
  makeLog(fakeScenario(), ['acknowledge', WITHDRAW], { sessionId });

/** Writes a session's rows as they are, bypassing every check. */
async function putRaw(
  db: IDBPDatabase,
  log: SessionLog,
  edit: {
    header?: (h: Record<string, unknown>) => void;
    summary?: (s: Record<string, unknown>) => void;
    entries?: (e: Record<string, unknown>[]) => Record<string, unknown>[];
  } = {},
) {
  const header = structuredClone(log.header) as unknown as Record<string, unknown>;
  edit.header?.(header);
  const summary = structuredClone(summaryOf(log, 2)) as unknown as Record<string, unknown>;
  edit.summary?.(summary);
  let entries = structuredClone(log.entries) as unknown as Record<string, unknown>[];
  entries = edit.entries?.(entries) ?? entries;
  const id = log.header.sessionId;
  await db.put('sessions', { sessionId: id, header, summary });
  for (const entry of entries) await db.put('entries', { sessionId: id, seq: entry.seq, entry });
}

describe('bad stored records', () => {
  it('lists each kind precisely while the good sessions still load', async () => {
    const b = browser();
    const tab = await b.open();
    const good = await sessionToPlay(['acknowledge'], 'good-one');
    await tab.create({ log: good.log, summary: summaryOf(good.log, 1) });
    const db = await open(b);
    await putRaw(db, await logOf('nostart'), { header: (h) => delete h.startedAt });
    await putRaw(db, await logOf('noupdate'), { summary: (s) => delete s.updatedAt });
    await putRaw(db, await logOf('badtime'), { summary: (s) => (s.updatedAt = 'yesterday') });
    await putRaw(db, await logOf('tension'), {
      entries: (e) => {
        e[1]!.tensionAfter = '40';
        return e;
      },
    });
    await putRaw(db, await logOf('wrongtyp'), { header: (h) => (h.learnerName = 42) });
    await putRaw(db, await logOf('unknown'), {
      entries: (e) => {
        e[1]!.type = 'learner.sing';
        return e;
      },
    });
    await putRaw(db, await logOf('gap'), {
      entries: (e) => [e[0]!, { ...e[1]!, seq: 3 }],
    });
    await putRaw(db, await logOf('changed'), {
      entries: (e) => {
        e[0]!.text = 'Calm down.';
        return e;
      },
    });
    await db.put('entries', {
      sessionId: 'orphan',
      seq: 1,
      entry: (await logOf('orphan')).entries[0],
    });
    db.close();

    const { sessions, bad } = await (await b.open()).load();
    expect(sessions.map((s) => s.log.header.sessionId)).toEqual(['good-one']);
    expect(Object.fromEntries(bad.map((r) => [r.key, r.problem]))).toEqual({
      'sessions/badtime':
        'session badtime: summary.updatedAt must be a time (a whole number of ms since 1970)',
      'sessions/changed': 'session changed: entry 1 has been changed (its hash does not match)',
      'sessions/gap': 'session gap: entries[1] is numbered 3: entry 2 is missing',
      'sessions/nostart': 'session nostart: header.startedAt is missing',
      'sessions/noupdate': 'session noupdate: summary.updatedAt is missing',
      'sessions/tension':
        'session tension: entries[1].tensionAfter must be a whole number from 0 to 100',
      'sessions/unknown': expect.stringMatching(
        /^session unknown: entries\[1\]\.type "learner\.sing" is not a kind of entry this version of Defuse knows/,
      ),
      'sessions/wrongtyp': 'session wrongtyp: header.learnerName must be text',
      'entries/orphan':
        'session orphan: 1 stored entry has no session record, so the session cannot be opened',
    });
    const nostart = bad.find((r) => r.key === 'sessions/nostart')!;
    expect(nostart.sessionId).toBe('nostart');
    expect(nostart.raw).toMatchObject({
      record: { sessionId: 'nostart', summary: { turns: 2 } },
      entries: [{ seq: 1 }, { seq: 2 }],
    });
  });

  it('keeps the records of the version before session logs, lists them, and deletes them on request', async () => {
    const b = browser();
    const old = { format: 1, id: 'old-1', scenarioTitle: 'Passport delayed', events: [] };
    const v1 = b.factory.open(b.dbName, 1);
    v1.onupgradeneeded = () => v1.result.createObjectStore('sessions', { keyPath: 'id' });
    const db1 = (await wrap(v1)) as IDBPDatabase;
    await db1.put('sessions', old);
    db1.close();

    const tab = await b.open();
    expect(await tab.status()).toEqual({ kind: 'indexeddb' });
    const { sessions, bad } = await tab.load();
    expect(sessions).toEqual([]);
    expect(bad).toEqual([
      {
        key: 'legacy/old-1',
        sessionId: 'old-1',
        problem:
          'session old-1: saved by an earlier version of Defuse before session logs; download it to keep it',
        raw: old,
      },
    ]);
    // The new sessions store works beside it.
    const s = await sessionToPlay([], 'new-one');
    await tab.create(s.session);
    expect((await (await b.open()).load()).sessions).toHaveLength(1);

    await tab.deleteBad('legacy/old-1');
    expect((await (await b.open()).load()).bad).toEqual([]);
  });

  it('deletes a bad session record with its entries, and it stays deleted', async () => {
    const b = browser();
    await b.open();
    const db = await open(b);
    const log = await logOf('nostart');
    await putRaw(db, log, { header: (h) => delete h.startedAt });
    db.close();
    const tab = await b.open();
    const { bad } = await tab.load();
    expect(bad.map((r) => r.key)).toEqual(['sessions/nostart']);
    await tab.deleteBad('sessions/nostart');
    const again = await b.open();
    expect(await again.load()).toEqual({ sessions: [], bad: [] });
    const fresh = await sessionToPlay([], 'nostart');
    await expect(again.create(fresh.session)).rejects.toThrow('This session was deleted.');
    const raw = await open(b);
    expect(await raw.count('entries')).toBe(0);
    raw.close();
  });

  it('says plainly when an older Defuse in another tab keeps the database from upgrading', async () => {
    const b = browser();
    const v1 = b.factory.open(b.dbName, 1);
    v1.onupgradeneeded = () => v1.result.createObjectStore('sessions', { keyPath: 'id' });
    const oldTab = (await wrap(v1)) as IDBPDatabase;
    const tab = await b.open();
    expect(await tab.status()).toMatchObject({
      kind: 'memory',
      problem: expect.stringMatching(/open in another tab with an older version/),
    });
    const s = await sessionToPlay(['acknowledge'], 'in-memory');
    await tab.create(s.session);
    await tab.append('in-memory', s.entries[0] as LogEntry, summaryOf(s.log, 1));
    expect(await tab.read('in-memory')).toEqual({ log: s.log, summary: summaryOf(s.log, 1) });
    expect(await tab.status()).toMatchObject({ kind: 'memory', unsaved: 1 });
    oldTab.close();
  });
});
