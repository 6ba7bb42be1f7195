// The gates in front of a session screen: find the saved session, then load the scenario version it
// was played on, with a plain message (and a way back) when either cannot be had.
import type { ReactNode } from 'react';
import { MissingSession, ScreenMessage } from '../components/screen-message';
import type { Scenario } from '../domain/scenario/schema';
import type { SessionRecord } from '../store/session-view';
import { useSessionRecord } from '../store/use-session-record';
import { useScenarioVersion } from './use-scenario';

export function WithSession({
  id,
  children,
}: {
  id: string;
  children: (record: SessionRecord) => ReactNode;
}) {
  const lookup = useSessionRecord(id);
  if (lookup.status === 'loading') return <p role="status">Opening your session…</p>;
  if (lookup.status === 'missing') return <MissingSession id={id} />;
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
