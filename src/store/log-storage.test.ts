// fake-indexeddb/auto provides IndexedDB's globals (IDBKeyRange, IDBObjectStore…) that idb and the
// storage use; each test opens its own private database through testBrowser().
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  divergentEntry,
  sessionToPlay,
  summaryAfter,
  testBrowsers,
} from '../test-util/log-storage-kit';
import { WITHDRAW } from '../test-util/sessions';
import { SessionDeleted, SessionMovedOn } from './session-store-types';

const { browser } = testBrowsers();

const STEPS = ['acknowledge', { tension: 60, reason: 'queue' }, WITHDRAW] as const;

describe('log storage', () => {
  it('stores a session entry by entry and reads it back exactly, in a new tab', async () => {
    const b = browser();
    const { session, entries, log } = await sessionToPlay(STEPS);
    const tab = await b.open();
    await tab.load();
    await tab.create(session);
    for (const [i, e] of entries.entries())
      await tab.append('session-1', e, summaryAfter(log, i + 1));
    expect(await tab.status()).toEqual({ kind: 'indexeddb' });

    const other = await b.open();
    const { sessions, bad } = await other.load();
    expect(bad).toEqual([]);
    expect(sessions).toEqual([{ log, summary: summaryAfter(log, 3) }]);
  });

  it('is append-only: an entry whose seq is already stored is refused with the latest session', async () => {
    const b = browser();
    const { session, entries, log } = await sessionToPlay(STEPS);
    const first = await b.open();
    await first.load();
    await first.create(session);
    await first.append('session-1', entries[0]!, summaryAfter(log, 1));
    const second = await b.open();
    await second.load();

    await first.append('session-1', entries[1]!, summaryAfter(log, 2));
    // The second tab still thinks entry 2 is next; its own entry 2 must not replace the first's.
    const mine = await divergentEntry({ header: log.header, entries: entries.slice(0, 1) }, 'mine');
    const refused = await second.append('session-1', mine, summaryAfter(log, 2)).catch((e) => e);
    expect(refused).toBeInstanceOf(SessionMovedOn);
    expect((refused as SessionMovedOn).latest.log.entries).toEqual(entries.slice(0, 2));

    // A tab that never read the session is refused by the database itself (entries.add fails).
    const fresh = await b.open();
    const again = await fresh.append('session-1', mine, summaryAfter(log, 2)).catch((e) => e);
    expect(again).toBeInstanceOf(SessionMovedOn);
    expect((again as SessionMovedOn).latest.log.entries).toEqual(entries.slice(0, 2));
    expect((await (await b.open()).read('session-1'))?.log.entries).toEqual(entries.slice(0, 2));
  });

  it('never recreates a deleted session, whether by append or create, in any tab', async () => {
    const b = browser();
    const { session, entries, log } = await sessionToPlay(STEPS);
    const first = await b.open();
    await first.load();
    await first.create(session);
    await first.append('session-1', entries[0]!, summaryAfter(log, 1));
    const stale = await b.open();
    await stale.load();

    await first.delete('session-1');
    await expect(
      stale.append('session-1', entries[1]!, summaryAfter(log, 2)),
    ).rejects.toBeInstanceOf(SessionDeleted);
    await expect(stale.create(session)).rejects.toBeInstanceOf(SessionDeleted);
    const fresh = await b.open();
    await expect(fresh.create(session)).rejects.toBeInstanceOf(SessionDeleted);
    expect(await fresh.load()).toEqual({ sessions: [], bad: [] });
    expect(await fresh.read('session-1')).toBeNull();
  });

  it('refuses to create a session whose id is already stored', async () => {
    const b = browser();
    const { session } = await sessionToPlay(STEPS);
    await (await b.open()).create(session);
    const other = await b.open();
    await expect(other.create(session)).rejects.toBeInstanceOf(SessionMovedOn);
  });
});
