// Test helpers for the play and debrief screens: both routes mounted as the app mounts them, so a
// navigation from one renders the other, and sessions seeded into the real store.
import { Route, Switch } from 'wouter';
import { loadScenarioById } from 'virtual:scenarios';
import { runtime } from '../../app/runtime';
import { replay } from '../../domain/session/replay';
import type { SessionEvent } from '../../domain/session/events';
import {
  newSessionRecord,
  withEvent,
  type SessionMode,
  type SessionRecord,
} from '../../domain/session/session-record';
import { useSessions } from '../../store/sessions-store';
import { renderWithRouter } from '../../test-util/render';
import DebriefScreen from '../debrief/debrief-screen';
import PlayScreen from './play-screen';

export const SCENARIO_ID = 'passport-delay';

export function renderScreens(path: string) {
  return renderWithRouter(
    <Switch>
      <Route path="/play/:id">{(p) => <PlayScreen sessionId={p.id} />}</Route>
      <Route path="/debrief/:id">{(p) => <DebriefScreen sessionId={p.id} />}</Route>
      <Route>Elsewhere</Route>
    </Switch>,
    { path },
  );
}

/** Saves a session of the test scenario with these events already taken, as play would have. */
export async function seedSession(
  mode: SessionMode,
  events: SessionEvent[] = [],
): Promise<SessionRecord> {
  const scenario = await loadScenarioById(SCENARIO_ID);
  let record = newSessionRecord({
    id: runtime.newId(),
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    mode,
    learnerName: '',
    now: 1,
  });
  events.forEach((event, i) => {
    record = withEvent(
      record,
      event,
      replay(scenario, events.slice(0, i + 1)),
      (id) => scenario.endings[id]!.title,
    );
  });
  await useSessions.getState().save(record);
  return record;
}

export const stored = (id: string) => useSessions.getState().sessions.find((r) => r.id === id);
