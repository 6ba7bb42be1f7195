// Test helpers for the play and debrief screens: both routes mounted as the app mounts them, so a
// navigation from one renders the other, and sessions seeded into the real store as real, chained
// logs of the test scenario's current version.
import { Route, Switch } from 'wouter';
import { catalogue, loadScenarioById } from 'virtual:scenarios';
import { runtime } from '../../app/runtime';
import { initialState } from '../../domain/escalation/engine';
import { shownOrder } from '../../domain/escalation/shown-order';
import { nextEntry } from '../../domain/session/chain';
import type { SessionEvent } from '../../domain/session/events';
import type { SessionLog, SessionMode } from '../../domain/session/log-types';
import { newLog } from '../../domain/session/new-log';
import { recordStep } from '../../domain/session/record-step';
import { sessionRecord, type SessionRecord } from '../../store/session-view';
import { useSessions } from '../../store/sessions-store';
import { renderWithRouter } from '../../test-util/render';
import DebriefScreen from '../debrief/debrief-screen';
import { summaryOf } from './use-turn';
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
  learnerName = '',
): Promise<SessionRecord> {
  const scenario = await loadScenarioById(SCENARIO_ID);
  const entry = catalogue.find((s) => s.id === SCENARIO_ID)!;
  const startedAt = 1;
  let log: SessionLog = newLog({
    appVersion: 'test',
    sessionId: runtime.newId(),
    scenario: { id: scenario.id, title: scenario.title, hash: entry.hash },
    mode,
    learnerName,
    attempt: 1,
    startedAt,
    timeZone: 'Europe/London',
  });
  let state = initialState(scenario);
  for (const event of events) {
    const at = event.at ?? startedAt;
    const step = recordStep(
      scenario,
      state,
      { ...event, at },
      {
        shown: shownOrder(scenario, state),
        startedAt,
      },
    );
    state = step.after;
    log = { ...log, entries: [...log.entries, await nextEntry(log, step.body, at)] };
  }
  const stored = {
    log,
    summary: summaryOf(scenario, state, state.history.at(-1)?.at ?? startedAt),
  };
  await useSessions.getState().create(stored);
  return sessionRecord(stored);
}

/** The session as the store now has it. */
export const stored = (id: string): SessionRecord | undefined => {
  const s = useSessions.getState().sessions.find((r) => r.log.header.sessionId === id);
  return s && sessionRecord(s);
};
