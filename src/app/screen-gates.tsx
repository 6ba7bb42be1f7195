// The gates in front of a session screen: find the saved session, then load its scenario, with a
// plain message (and a way back) when either cannot be had. Play and debrief both stand behind them.
import type { ReactNode } from 'react';
import { MissingSession, ScreenMessage } from '../components/screen-message';
import type { Scenario } from '../domain/scenario/schema';
import type { SessionRecord } from '../domain/session/session-record';
import { useSessionRecord } from '../store/use-session-record';
import { useScenario } from './use-scenario';

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

export function WithScenario({
  id,
  children,
}: {
  id: string;
  children: (scenario: Scenario) => ReactNode;
}) {
  const load = useScenario(id);
  if (load.status === 'loading') return <p role="status">Loading the scenario…</p>;
  if (load.status === 'missing')
    return (
      <ScreenMessage title="Scenario unavailable">
        <p>{load.message}</p>
      </ScreenMessage>
    );
  return children(load.scenario);
}
