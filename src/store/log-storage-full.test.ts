// Storage full or failing: the session carries on in memory, nothing is lost (not even across a
// reload), the queue keeps retrying, and everything is saved in order once space returns.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { WITHDRAW } from '../test-util/sessions';
import {
  divergentEntry,
  sessionToPlay,
  summaryAfter,
  testBrowsers,
} from '../test-util/log-storage-kit';
import { mirrorKey } from './unsaved-mirror';

const { browser, fill, restore } = testBrowsers();

const STEPS = ['acknowledge', { tension: 60, reason: 'queue' }, 'offer', WITHDRAW] as const;
const FULL = /^Saving failed \(storage is full\): /;

async function started() {
  const b = browser();
  const play = await sessionToPlay(STEPS);
  const tab = await b.open();
  await tab.load();
  await tab.create(play.session);
  const append = (s: typeof tab, n: number) =>
    s.append('session-1', play.entries[n - 1]!, summaryAfter(play.log, n));
  return { b, tab, play, append };
}

describe('when storage is full', () => {
  it('keeps writes in memory in order, says how many are unsaved, retries, and saves them all once space returns', async () => {
    const { b, tab, play, append } = await started();
    await append(tab, 1);
    fill();
    await append(tab, 2);
    expect(await tab.status()).toEqual({
      kind: 'memory',
      problem: expect.stringMatching(FULL),
      unsaved: 1,
    });
    await append(tab, 3);
    expect(await tab.status()).toMatchObject({ kind: 'memory', unsaved: 2 });
    // The session carries on: this tab reads every entry, saved or not.
    expect((await tab.read('session-1'))?.log.entries).toEqual(play.entries.slice(0, 3));
    expect((await (await b.open()).read('session-1'))?.log.entries).toEqual(
      play.entries.slice(0, 1),
    );

    // A retry while storage is still full: still kept, and tried again later.
    expect(b.scheduler.pending()).toBe(1);
    b.scheduler.runAll();
    await vi.waitFor(() => expect(b.scheduler.pending()).toBe(1));
    expect(await tab.status()).toMatchObject({ kind: 'memory', unsaved: 2 });

    restore();
    const statuses: string[] = [];
    tab.onStatus((s) => statuses.push(s.kind));
    b.scheduler.runAll();
    await vi.waitFor(async () => expect(await tab.status()).toEqual({ kind: 'indexeddb' }));
    expect(statuses).toEqual(['indexeddb']);
    expect(b.scheduler.pending()).toBe(0);
    const stored = await (await b.open()).read('session-1');
    expect(stored).toEqual({
      log: { header: play.log.header, entries: play.entries.slice(0, 3) },
      summary: summaryAfter(play.log, 3),
    });
    expect(b.local.getItem(mirrorKey('session-1'))).toBeNull();
  });

  it('tries the queue again on every new write, not only on the timer', async () => {
    const { b, tab, play, append } = await started();
    fill();
    await append(tab, 1);
    await append(tab, 2);
    restore();
    await append(tab, 3);
    expect(await tab.status()).toEqual({ kind: 'indexeddb' });
    expect((await (await b.open()).read('session-1'))?.log.entries).toEqual(
      play.entries.slice(0, 3),
    );
  });

  it('keeps a session created while storage is full, and saves its start first', async () => {
    const b = browser();
    const play = await sessionToPlay(STEPS);
    const tab = await b.open();
    await tab.load();
    fill();
    await tab.create(play.session);
    await tab.append('session-1', play.entries[0]!, summaryAfter(play.log, 1));
    expect(await tab.status()).toMatchObject({ kind: 'memory', unsaved: 1 });
    restore();
    b.scheduler.runAll();
    await vi.waitFor(async () => expect(await tab.status()).toEqual({ kind: 'indexeddb' }));
    expect((await (await b.open()).load()).sessions.map((s) => s.log.entries.length)).toEqual([1]);
  });

  it('loses nothing across a reload: unsaved entries are copied to localStorage and saved after it', async () => {
    const { b, tab, play, append } = await started();
    await append(tab, 1);
    fill();
    await append(tab, 2);
    await append(tab, 3);
    expect(JSON.parse(b.local.getItem(mirrorKey('session-1'))!)).toMatchObject({
      sessionId: 'session-1',
      appends: [{ entry: { seq: 2 } }, { entry: { seq: 3 } }],
    });
    tab.close(); // the reload: this tab's memory is gone

    // Reloaded while storage is still full: the entries are back, and still unsaved.
    const reloaded = await b.open();
    const { sessions, bad } = await reloaded.load();
    expect(bad).toEqual([]);
    expect(sessions[0]!.log.entries).toEqual(play.entries.slice(0, 3));
    expect(await reloaded.status()).toMatchObject({ kind: 'memory', unsaved: 2 });
    await append(reloaded, 4);
    expect(await reloaded.status()).toMatchObject({ kind: 'memory', unsaved: 3 });
    reloaded.close();

    // Reloaded again once space is back: saved at once, in order, and the copy is removed.
    restore();
    const again = await b.open();
    const loaded = await again.load();
    expect(loaded.sessions[0]!.log.entries).toEqual(play.entries);
    expect(await again.status()).toEqual({ kind: 'indexeddb' });
    expect(b.local.getItem(mirrorKey('session-1'))).toBeNull();
    expect((await (await b.open()).read('session-1'))?.log.entries).toEqual(play.entries);
  });

  it('sets aside, for download, unsaved entries that another tab overtook — never losing them', async () => {
    const { b, tab, play, append } = await started();
    await append(tab, 1);
    // No channel: this tab hears of the other's write only when its own retry is refused.
    const other = await b.open({ openChannel: null });
    await other.load();
    fill();
    await append(tab, 2); // kept in this tab only
    restore();
    const theirs = await divergentEntry(
      { header: play.log.header, entries: play.entries.slice(0, 1) },
      'other tab',
    );
    await other.append('session-1', theirs, summaryAfter(play.log, 2));

    // This tab retries, finds the session moved on, and is told to read it again.
    const changed: string[] = [];
    tab.onChange((id) => changed.push(id));
    b.scheduler.runAll();
    await vi.waitFor(() => expect(changed).toEqual(['session-1']));
    const seen = await tab.inspect('session-1');
    expect(seen.session?.log.entries).toEqual([play.entries[0], theirs]);
    expect(seen.bad).toEqual([
      {
        key: 'unsaved/session-1',
        sessionId: 'session-1',
        problem:
          'session session-…: entry 2 played while storage was failing could not be saved, because the session moved on in another tab or window; download it to keep it',
        raw: expect.objectContaining({
          appends: [expect.objectContaining({ entry: play.entries[1] })],
        }),
      },
    ]);
    expect(await tab.status()).toEqual({ kind: 'indexeddb' });
    tab.close();

    // After a reload the same entry is still listed, from the localStorage copy.
    const reloaded = await b.open();
    const { sessions, bad } = await reloaded.load();
    expect(sessions[0]!.log.entries).toEqual([play.entries[0], theirs]);
    expect(bad.map((r) => r.key)).toEqual(['unsaved/session-1']);
    await reloaded.deleteBad('unsaved/session-1');
    expect(b.local.getItem(mirrorKey('session-1'))).toBeNull();
    expect((await (await b.open()).load()).bad).toEqual([]);
  });

  it('carries on in memory, saying so, when there is no IndexedDB at all', async () => {
    const b = browser();
    const play = await sessionToPlay(STEPS);
    const tab = await b.open({ factory: null });
    expect(await tab.load()).toEqual({ sessions: [], bad: [] });
    await tab.create(play.session);
    await tab.append('session-1', play.entries[0]!, summaryAfter(play.log, 1));
    expect(await tab.status()).toEqual({
      kind: 'memory',
      problem: expect.stringMatching(/IndexedDB is unavailable/),
      unsaved: 1,
    });
    expect((await tab.read('session-1'))?.log.entries).toEqual(play.entries.slice(0, 1));
    expect(b.scheduler.pending()).toBe(0);
  });
});
