// The sessions store over real (fake-indexeddb) storage: what screens see, how conflicts and
// deletions elsewhere reach them, and the unsaved-work prompt.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { WITHDRAW } from '../test-util/sessions';
import {
  divergentEntry,
  sessionToPlay,
  summaryAfter,
  testBrowser,
  testBrowsers,
} from '../test-util/log-storage-kit';
import { SessionDeleted, SessionMovedOn, type StoredSession } from './session-store-types';
import { createSessionsStore } from './sessions-store';
import { guardUnsaved } from './unsaved-guard';

const { browser, fill, restore } = testBrowsers();

const STEPS = ['acknowledge', { tension: 60, reason: 'queue' }, WITHDRAW] as const;
const ids = (sessions: StoredSession[]) => sessions.map((s) => s.log.header.sessionId);

/** A tab with its own store, already initialised. */
async function tab(b: ReturnType<typeof testBrowser>) {
  const store = createSessionsStore(() => b.open());
  await store.getState().init();
  return store;
}

describe('the sessions store', () => {
  it('lists sessions most recently updated first, with the bad records beside them', async () => {
    const b = browser();
    const first = await tab(b);
    const older = await sessionToPlay(['acknowledge'], 'older');
    const newer = await sessionToPlay([], 'newer');
    await first.getState().create({
      log: older.log,
      summary: { ...summaryAfter(older.log, 1), updatedAt: 1_000 },
    });
    await first.getState().create({
      ...newer.session,
      summary: { ...newer.session.summary, updatedAt: 5_000 },
    });
    expect(ids(first.getState().sessions)).toEqual(['newer', 'older']);

    const second = await tab(b);
    expect(second.getState()).toMatchObject({
      ready: true,
      storage: { kind: 'indexeddb' },
      bad: [],
    });
    expect(ids(second.getState().sessions)).toEqual(['newer', 'older']);
  });

  it('on "moved on" shows the latest session; on "deleted" drops it', async () => {
    const b = browser();
    const play = await sessionToPlay(STEPS);
    const a = await tab(b);
    await a.getState().create(play.session);
    await a.getState().append('session-1', play.entries[0]!, summaryAfter(play.log, 1));
    // A tab that does not hear the other (no channel), as when a message is missed.
    const deaf = createSessionsStore(() => b.open({ openChannel: null }));
    await deaf.getState().init();
    await a.getState().append('session-1', play.entries[1]!, summaryAfter(play.log, 2));

    const mine = await divergentEntry(
      { header: play.log.header, entries: play.entries.slice(0, 1) },
      'mine',
    );
    const error = await deaf
      .getState()
      .append('session-1', mine, summaryAfter(play.log, 2))
      .catch((e) => e);
    expect(error).toBeInstanceOf(SessionMovedOn);
    expect(deaf.getState().sessions[0]!.log.entries).toEqual(play.entries.slice(0, 2));

    await a.getState().remove('session-1');
    await expect(
      deaf.getState().append('session-1', play.entries[2]!, summaryAfter(play.log, 3)),
    ).rejects.toBeInstanceOf(SessionDeleted);
    expect(deaf.getState().sessions).toEqual([]);
  });

  it('shows what another tab did at once: its entries, its new sessions, its deletions', async () => {
    const b = browser();
    const play = await sessionToPlay(STEPS);
    const a = await tab(b);
    const other = await tab(b);
    await a.getState().create(play.session);
    await vi.waitFor(() => expect(ids(other.getState().sessions)).toEqual(['session-1']));

    await a.getState().append('session-1', play.entries[0]!, summaryAfter(play.log, 1));
    await a.getState().append('session-1', play.entries[1]!, summaryAfter(play.log, 2));
    await vi.waitFor(() =>
      expect(other.getState().sessions[0]!.log.entries).toEqual(play.entries.slice(0, 2)),
    );
    expect(other.getState().sessions[0]!.summary).toEqual(summaryAfter(play.log, 2));

    await a.getState().remove('session-1');
    await vi.waitFor(() => expect(other.getState().sessions).toEqual([]));
  });

  it('follows the storage status, and asks before the page is left while entries are unsaved', async () => {
    const b = browser();
    const play = await sessionToPlay(STEPS);
    const store = await tab(b);
    const page = new EventTarget();
    const stop = guardUnsaved(store, page);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      page.dispatchEvent(event);
      return event.defaultPrevented ? 'asked' : 'left';
    };
    await store.getState().create(play.session);
    expect(leave()).toBe('left');

    fill();
    await store.getState().append('session-1', play.entries[0]!, summaryAfter(play.log, 1));
    expect(store.getState().storage).toMatchObject({ kind: 'memory', unsaved: 1 });
    expect(leave()).toBe('asked');

    restore();
    b.scheduler.runAll();
    await vi.waitFor(() => expect(store.getState().storage).toEqual({ kind: 'indexeddb' }));
    expect(leave()).toBe('left');
    stop();
  });

  it('removes a bad record on request', async () => {
    const b = browser();
    b.local.setItem('defuse:unsaved:lost', '{not json');
    const store = await tab(b);
    expect(store.getState().bad).toEqual([
      expect.objectContaining({
        key: 'unsaved/lost',
        problem: 'session lost: unsaved entries kept in this browser: the copy is not JSON',
        raw: '{not json',
      }),
    ]);
    await store.getState().removeBad('unsaved/lost');
    expect(store.getState().bad).toEqual([]);
    expect(b.local.getItem('defuse:unsaved:lost')).toBeNull();
  });
});
