// Finds a saved session in the store, distinguishing "still reading storage" from "no such session".
import type { SessionRecord } from '../domain/session/session-record';
import { useSessions } from './sessions-store';

/** The outcome of looking a session up by id. */
export type SessionLookup =
  { status: 'loading' } | { status: 'missing' } | { status: 'found'; record: SessionRecord };

export function useSessionRecord(id: string): SessionLookup {
  const ready = useSessions((s) => s.ready);
  const record = useSessions((s) => s.sessions.find((r) => r.id === id));
  // A record saved before storage finished opening (just started from the briefing) is usable at once.
  if (record) return { status: 'found', record };
  return ready ? { status: 'missing' } : { status: 'loading' };
}
