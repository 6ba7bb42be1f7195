// Finds a stored session in the store, telling "still reading storage" apart from "no such session".
import { useSessions } from './sessions-store';
import type { StoredSession } from './session-store-types';

/** The outcome of looking a session up by id. */
export type StoredSessionLookup =
  { status: 'loading' } | { status: 'missing' } | { status: 'found'; session: StoredSession };

export function useStoredSession(id: string): StoredSessionLookup {
  const ready = useSessions((s) => s.ready);
  const session = useSessions((s) => s.sessions.find((x) => x.log.header.sessionId === id));
  // A session created before storage finished opening (just started from the briefing) is usable at once.
  if (session) return { status: 'found', session };
  return ready ? { status: 'missing' } : { status: 'loading' };
}
