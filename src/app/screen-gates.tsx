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
  children,
  keepIfDeleted = false,
}: {
  id: string;
  children: (record: SessionRecord) => ReactNode;
  /**
   * Once found, keep showing the screen with the record it opened with when the session is then
   * deleted (in another tab), so the screen can say so itself rather than turn into "not found".
   */
  keepIfDeleted?: boolean;
}) {
  const lookup = useSessionRecord(id);
  const [opened, setOpened] = useState<SessionRecord | null>(null);
  if (keepIfDeleted && opened === null && lookup.status === 'found') setOpened(lookup.record);
  if (lookup.status === 'found') return children(lookup.record);
  if (opened) return children(opened);
  if (lookup.status === 'loading') return <p role="status">Opening your session…</p>;
  return <MissingSession id={id} />;
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
