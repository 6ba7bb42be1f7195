// Finds a saved session in the store, distinguishing "still reading storage" from "no such session".
// On a shared computer only the signed-in learner's sessions are found (shared-computer.ts); to
// anyone else another learner's session does not exist.
import { useMemo } from 'react';
import { sessionRecord, type SessionRecord } from './session-view';
import { useSessions } from './sessions-store';
import { useSharedComputer, visibleWith } from './shared-computer';

/** The outcome of looking a session up by id. */
export type SessionLookup =
  { status: 'loading' } | { status: 'missing' } | { status: 'found'; record: SessionRecord };

/** Whether the session with this id may be shown to whoever is using the computer now. */
export function useVisible(): (sessionId: string) => boolean {
  const signedIn = useSharedComputer((s) => s.signedIn);
  const owners = useSharedComputer((s) => s.owners);
  return useMemo(() => (id: string) => visibleWith(owners[id], signedIn), [owners, signedIn]);
}

export function useSessionRecord(id: string): SessionLookup {
  const ready = useSessions((s) => s.ready);
  const visible = useVisible()(id);
  const stored = useSessions((s) => s.sessions.find((r) => r.log.header.sessionId === id));
  const record = useMemo(() => stored && sessionRecord(stored), [stored]);
  // A session saved before storage finished opening (just started from the briefing) is usable at once.
  if (record && visible) return { status: 'found', record };
  return ready || (record && !visible) ? { status: 'missing' } : { status: 'loading' };
}

/** Every readable session this learner may see, most recently updated first, as the screens read them. */
export function useSessionRecords(): SessionRecord[] {
  const stored = useSessions((s) => s.sessions);
  const visible = useVisible();
  return useMemo(
    () => stored.filter((s) => visible(s.log.header.sessionId)).map(sessionRecord),
    [stored, visible],
  );
}
