// Finds a saved session in the store, distinguishing "still reading storage" from "no such session".
import { useMemo } from 'react';
import { sessionRecord, type SessionRecord } from './session-view';
import { useSessions } from './sessions-store';

/** The outcome of looking a session up by id. */
export type SessionLookup =
  { status: 'loading' } | { status: 'missing' } | { status: 'found'; record: SessionRecord };

export function useSessionRecord(id: string): SessionLookup {
  const ready = useSessions((s) => s.ready);
  const stored = useSessions((s) => s.sessions.find((r) => r.log.header.sessionId === id));
  const record = useMemo(() => stored && sessionRecord(stored), [stored]);
  // A session saved before storage finished opening (just started from the briefing) is usable at once.
  if (record) return { status: 'found', record };
  return ready ? { status: 'missing' } : { status: 'loading' };
}

/** Every readable session, most recently updated first, as the screens read them. */
export function useSessionRecords(): SessionRecord[] {
  const stored = useSessions((s) => s.sessions);
  return useMemo(() => stored.map(sessionRecord), [stored]);
}
