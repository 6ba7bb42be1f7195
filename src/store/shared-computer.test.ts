// A shared computer: a visit signed in by name, marked by a session cookie; its sessions are the
// learner's, shown to nobody else, and go when the browser closes (the cookie has gone at the next
// start). Over real (fake-indexeddb) log storage, with a cookie jar and localStorage per browser.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MemoryLocalStorage, sessionToPlay, testBrowsers } from '../test-util/log-storage-kit';
import { createExportedLogsStore, exportState } from './exported-logs';
import { createSessionsStore } from './sessions-store';
import {
  createSharedComputerStore,
  leftBehind,
  OWNERS_KEY,
  SIGN_IN_KEY,
  visibleWith,
  type CookieJar,
} from './shared-computer';

const { browser } = testBrowsers();

/** The browser's session cookies: kept across tabs, dropped when it closes. */
function cookieJar(): CookieJar & { closeBrowser(): void } {
  const cookies = new Map<string, string>();
  return {
    get: () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    set(cookie) {
      const [pair = '', ...attrs] = cookie.split(/;\s*/);
      const [name = '', value = ''] = pair.split('=');
      if (attrs.includes('max-age=0')) cookies.delete(name);
      else cookies.set(name, value);
    },
    closeBrowser: () => cookies.clear(),
  };
}

describe('a shared computer', () => {
  it('signs a learner in for the visit and out again, and tells every tab', () => {
    const local = new MemoryLocalStorage();
    const cookies = cookieJar();
    const one = createSharedComputerStore({ local, cookies });
    one.getState().signIn('  Ana Learner ', 'visit-1', 1_000);
    expect(one.getState().signedIn).toEqual({ id: 'visit-1', name: 'Ana Learner', since: 1_000 });
    expect(cookies.get()).toBe('defuse-visit=visit-1');
    expect(() => one.getState().signIn('   ', 'visit-2', 2_000)).toThrow(/name/);
    // Another tab (or a reload) in the same browser session finds the visit.
    expect(createSharedComputerStore({ local, cookies }).getState().signedIn?.id).toBe('visit-1');
    one.getState().signOut();
    expect(cookies.get()).toBe('');
    expect(local.getItem(SIGN_IN_KEY)).toBeNull();
    expect(createSharedComputerStore({ local, cookies }).getState().signedIn).toBeNull();
  });

  it('shows a session only to the visit it belongs to, and unowned ones only when nobody is signed in', () => {
    const visit = { id: 'visit-1', name: 'Ana', since: 0 };
    expect(visibleWith('visit-1', visit)).toBe(true);
    expect(visibleWith('visit-2', visit)).toBe(false);
    expect(visibleWith(undefined, visit)).toBe(false);
    expect(visibleWith(undefined, null)).toBe(true);
    expect(visibleWith('visit-1', null)).toBe(false);
    expect(leftBehind({ a: 'visit-1', b: 'visit-2' }, visit)).toEqual(['b']);
  });

  it('ends the visit when the browser has closed, and the next start removes only its sessions', async () => {
    const b = browser();
    const cookies = cookieJar();
    const shared = createSharedComputerStore({ local: b.local, cookies });
    const store = createSessionsStore(() => b.open(), { shared });
    await store.getState().init();
    // Before the visit: the computer's own session.
    const own = await sessionToPlay([], 'own');
    await store.getState().create(own.session);
    // The visit: two sessions, claimed as they are created.
    shared.getState().signIn('Ben Shared', 'visit-1', 5_000);
    for (const id of ['ben-1', 'ben-2'])
      await store.getState().create((await sessionToPlay([], id)).session);
    expect(shared.getState().owners).toEqual({ 'ben-1': 'visit-1', 'ben-2': 'visit-1' });
    expect(JSON.parse(b.local.getItem(OWNERS_KEY)!)).toEqual(shared.getState().owners);

    // A reload with the browser still open keeps everything.
    const again = createSharedComputerStore({ local: b.local, cookies });
    const reloaded = createSessionsStore(() => b.open(), { shared: again });
    await reloaded.getState().init();
    expect(
      reloaded
        .getState()
        .sessions.map((s) => s.log.header.sessionId)
        .sort(),
    ).toEqual(['ben-1', 'ben-2', 'own']);

    // The browser closes; the next start has no visit and removes what it left, nothing else.
    cookies.closeBrowser();
    const next = createSharedComputerStore({ local: b.local, cookies });
    expect(next.getState().signedIn).toBeNull();
    const after = createSessionsStore(() => b.open(), { shared: next });
    await after.getState().init();
    expect(after.getState().sessions.map((s) => s.log.header.sessionId)).toEqual(['own']);
    expect(next.getState().owners).toEqual({});
    const fresh = createSessionsStore(() => b.open(), { shared: next });
    await fresh.getState().init();
    expect(fresh.getState().sessions.map((s) => s.log.header.sessionId)).toEqual(['own']);
  });

  it('notes each download of a log, and says when the log has grown since', () => {
    const exported = createExportedLogsStore(new MemoryLocalStorage());
    expect(exportState(exported.getState().exported, 's', 3)).toBe('never');
    exported.getState().mark('s', 3);
    expect(exportState(exported.getState().exported, 's', 3)).toBe('kept');
    expect(exportState(exported.getState().exported, 's', 4)).toBe('changed-since');
    exported.getState().forget(['s']);
    expect(exportState(exported.getState().exported, 's', 3)).toBe('never');
  });
});
