// The gates in front of a session screen: find the saved session, then load the scenario version it
// was played on, with a plain message (and a way back) when either cannot be had.
import { useState, type ReactNode } from 'react';
import { MissingSession, ScreenMessage } from '../components/screen-message';
import type { Scenario } from '../domain/scenario/schema';
import type { SessionRecord } from '../store/session-view';
import { useSessionRecord } from '../store/use-session-record';
import { useScenarioVersion } from './use-scenario';

export function WithSession({
  id,
  keepOnceFound = false,
  children,
}: {
  id: string;
  /**
   * Keep showing the session as it was found if it then disappears (deleted in another tab), for a
   * screen that says so itself (play), rather than "Session not found".
   */
  keepOnceFound?: boolean;
  children: (record: SessionRecord) => ReactNode;
}) {
  const lookup = useSessionRecord(id);
  const [found, setFound] = useState<SessionRecord | null>(null);
  if (keepOnceFound && lookup.status === 'found' && found?.id !== lookup.record.id)
    setFound(lookup.record);
  if (lookup.status === 'loading') return <p role="status">Opening your session…</p>;
  if (lookup.status === 'missing')
    return keepOnceFound && found?.id === id ? children(found) : <MissingSession id={id} />;
  return children(lookup.record);
}

/** The scenario exactly as `record` was played on it; `current` is false for an earlier version. */
export function WithScenario({
  record,
  children,
}: {
  record: Pick<SessionRecord, 'scenarioId' | 'scenarioHash'>;
  children: (scenario: Scenario, current: boolean) => ReactNode;
}) {
  const load = useScenarioVersion(record.scenarioId, record.scenarioHash);
  if (load.status === 'loading') return <p role="status">Loading the scenario…</p>;
  if (load.status === 'missing')
    return (
      <ScreenMessage title="Scenario unavailable">
        <p>{load.message}</p>
      </ScreenMessage>
    );
  return children(load.scenario, load.current);
}
