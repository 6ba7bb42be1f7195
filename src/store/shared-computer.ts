/**
 * Shared computers (a training room, a library). A learner signs in for the visit with their name;
 * every session started while they are signed in is theirs. While they are signed in only their
 * sessions are listed or opened; nobody else ever sees them. They are kept until the learner signs
 * out (which removes them, once the learner has confirmed and downloaded what they need) or closes
 * the browser: the visit is marked by a session cookie, which the browser drops when it closes, so
 * the next start without it ends the visit, and the sessions it left are removed (see
 * sessions-store.ts). Sessions started without signing in belong to the computer's own user(s) and
 * are never shown to a signed-in learner either.
 *
 * Kept in localStorage, so every tab agrees; a change in one tab reaches the others by the storage
 * event. Only ids and the learner's name are stored here: the sessions themselves are in log storage.
 */
import { create } from 'zustand';
import { browserLocalStorage } from './unsaved-mirror';

/** The learner signed in for this visit. */
export interface SharedSignIn {
  /** Random: names the visit, so two learners who share a name never share sessions. */
  id: string;
  name: string;
  /** ms since the epoch. */
  since: number;
}

export interface SharedComputerState {
  signedIn: SharedSignIn | null;
  /** Sessions started during a shared visit: session id → the visit's id. */
  owners: Readonly<Record<string, string>>;
  /** Starts a visit as `name` (trimmed; must not be empty). */
  signIn(name: string, id: string, now: number): void;
  /** Ends the visit. Removing its sessions is the caller's job, after the learner has confirmed. */
  signOut(): void;
  /** Marks a new session as the signed-in learner's (nothing when nobody is signed in). */
  claim(sessionId: string): void;
  /** Forgets a session that has been removed. */
  release(sessionIds: readonly string[]): void;
}

export const SIGN_IN_KEY = 'defuse:shared-sign-in';
export const OWNERS_KEY = 'defuse:shared-owners';
/** The visit's cookie: no expiry, so the browser drops it when it closes. */
export const VISIT_COOKIE = 'defuse-visit';

/** Whether `owner` (a visit id, or none) may be shown while `signedIn` is signed in. */
export const visibleWith = (owner: string | undefined, signedIn: SharedSignIn | null): boolean =>
  signedIn ? owner === signedIn.id : owner === undefined;

/** Sessions a visit that has ended left behind: owned, but not by the learner signed in now. */
export const leftBehind = (
  owners: Readonly<Record<string, string>>,
  signedIn: SharedSignIn | null,
): string[] => Object.keys(owners).filter((id) => owners[id] !== signedIn?.id);

function readJson<T>(local: Storage | null, key: string, valid: (v: unknown) => v is T): T | null {
  try {
    const raw = local?.getItem(key);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return valid(value) ? value : null;
  } catch {
    return null;
  }
}

function writeJson(local: Storage | null, key: string, value: unknown): void {
  try {
    if (value === null) local?.removeItem(key);
    else local?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or blocked: this tab still keeps the state in memory.
  }
}

const isSignIn = (v: unknown): v is SharedSignIn =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as SharedSignIn).id === 'string' &&
  typeof (v as SharedSignIn).name === 'string' &&
  typeof (v as SharedSignIn).since === 'number';

const isOwners = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'string');

/** Where the visit's cookie lives; tests pass their own. */
export interface CookieJar {
  get(): string;
  set(cookie: string): void;
}

const documentCookies = (): CookieJar | null =>
  typeof document === 'undefined'
    ? null
    : { get: () => document.cookie, set: (c) => (document.cookie = c) };

const visitInCookie = (jar: CookieJar | null): string | null => {
  const found = jar
    ?.get()
    .split(/;\s*/)
    .find((c) => c.startsWith(`${VISIT_COOKIE}=`));
  return found ? decodeURIComponent(found.slice(VISIT_COOKIE.length + 1)) : null;
};

export interface SharedComputerOptions {
  local?: Storage | null;
  cookies?: CookieJar | null;
}

export function createSharedComputerStore(options: SharedComputerOptions = {}) {
  const local = options.local === undefined ? browserLocalStorage() : options.local;
  const jar = options.cookies === undefined ? documentCookies() : options.cookies;
  // A sign-in whose cookie has gone was a visit the browser ended by closing.
  let signedIn = readJson(local, SIGN_IN_KEY, isSignIn);
  if (signedIn && visitInCookie(jar) !== signedIn.id) {
    signedIn = null;
    writeJson(local, SIGN_IN_KEY, null);
  }
  const owners = readJson(local, OWNERS_KEY, isOwners) ?? {};

  const store = create<SharedComputerState>()((set, get) => ({
    signedIn,
    owners,
    signIn(name, id, now) {
      const trimmed = name.trim();
      if (!trimmed) throw new Error('A name is needed to sign in.');
      const next: SharedSignIn = { id, name: trimmed, since: now };
      jar?.set(`${VISIT_COOKIE}=${encodeURIComponent(id)}; path=/; SameSite=Strict`);
      writeJson(local, SIGN_IN_KEY, next);
      set({ signedIn: next });
    },
    signOut() {
      jar?.set(`${VISIT_COOKIE}=; path=/; max-age=0; SameSite=Strict`);
      writeJson(local, SIGN_IN_KEY, null);
      set({ signedIn: null });
    },
    claim(sessionId) {
      const visit = get().signedIn;
      if (!visit) return;
      const next = { ...get().owners, [sessionId]: visit.id };
      writeJson(local, OWNERS_KEY, next);
      set({ owners: next });
    },
    release(sessionIds) {
      const next = { ...get().owners };
      for (const id of sessionIds) delete next[id];
      writeJson(local, OWNERS_KEY, next);
      set({ owners: next });
    },
  }));

  // Another tab signed in or out, or started a session: follow it.
  if (typeof window !== 'undefined' && local)
    window.addEventListener('storage', (e) => {
      if (e.storageArea !== local) return;
      if (e.key === SIGN_IN_KEY || e.key === null)
        store.setState({ signedIn: readJson(local, SIGN_IN_KEY, isSignIn) });
      if (e.key === OWNERS_KEY || e.key === null)
        store.setState({ owners: readJson(local, OWNERS_KEY, isOwners) ?? {} });
    });
  return store;
}

export type SharedComputerStore = ReturnType<typeof createSharedComputerStore>;

/** The app's shared-computer state. */
export const useSharedComputer: SharedComputerStore = createSharedComputerStore();
