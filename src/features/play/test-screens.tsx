// Test helpers for the play and debrief screens: both routes mounted as the app mounts them, so a
// navigation from one renders the other, and sessions seeded into the real store as real, chained
// logs (of the test scenario's current version unless a test names another). What a test asserts
// about a stored session it reads from the log: `stored(id)` is the flat view the screens read,
// `storedTrace(id)` traces the stored log against the scenario version it names.
import { Route, Switch } from 'wouter';
import { catalogue, loadScenarioById } from 'virtual:scenarios';
import { runtime } from '../../app/runtime';
import { initialState } from '../../domain/escalation/engine';
import { shownOrder } from '../../domain/escalation/shown-order';
import type { Scenario } from '../../domain/scenario/schema';
import { nextEntry } from '../../domain/session/chain';
import type { SessionEvent } from '../../domain/session/events';
import type { SessionLog, SessionMode } from '../../domain/session/log-types';
import { newLog } from '../../domain/session/new-log';
import { recordStep } from '../../domain/session/record-step';
import { trace, type Trace } from '../../domain/session/trace';
import { sessionRecord, type SessionRecord } from '../../store/session-view';
import { useSessions } from '../../store/sessions-store';
import { renderWithRouter } from '../../test-util/render';
import DebriefScreen from '../debrief/debrief-screen';
import { summaryOf } from '../../store/persist-turn';
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

/** Every scenario version a seeded session was played on, by hash, for `storedTrace`. */
const versions = new Map<string, Scenario>();

/** The current version of a built-in scenario and its hash (kept for `storedTrace`). */
export async function currentVersion(
  scenarioId = SCENARIO_ID,
): Promise<{ scenario: Scenario; hash: string }> {
  const scenario = await loadScenarioById(scenarioId);
  const hash = catalogue.find((s) => s.id === scenarioId)!.hash;
  versions.set(hash, scenario);
  return { scenario, hash };
}

export interface SeedOptions {
  /** A built-in scenario other than the test scenario (its current version). */
  scenarioId?: string;
  /**
   * Played on this version instead of the current one: its data (the entries are recorded against
   * it) and the hash the header names. A hash this build does not know makes an unopenable session.
   */
  version?: { scenario: Scenario; hash: string };
  /** When the session started (default 1); the events' own `at` times the turns. */
  startedAt?: number;
  timeZone?: string;
}

/**
 * Saves a session with these events already taken, as play would have: each entry recorded and
 * chained the way the machine's persist actor does it, the attempt numbered as the app numbers it.
 */
export async function seedSession(
  mode: SessionMode,
  events: SessionEvent[] = [],
  learnerName = '',
  options: SeedOptions = {},
): Promise<SessionRecord> {
  const { scenario, hash } = options.version ?? (await currentVersion(options.scenarioId));
  versions.set(hash, scenario);
  const startedAt = options.startedAt ?? 1;
  const earlier = useSessions
    .getState()
    .sessions.filter((s) => s.log.header.scenario.id === scenario.id).length;
  let log: SessionLog = newLog({
    appVersion: 'test',
    sessionId: runtime.newId(),
    scenario: { id: scenario.id, title: scenario.title, hash },
    mode,
    learnerName,
    attempt: earlier + 1,
    startedAt,
    timeZone: options.timeZone ?? 'Europe/London',
    optionSeed: runtime.newId(),
  });
  let state = initialState(scenario);
  for (const event of events) {
    const at = event.at ?? startedAt;
    const step = recordStep(
      scenario,
      state,
      { ...event, at },
      { shown: shownOrder(scenario, state, log.header.optionSeed), startedAt },
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

/** The session as the store now has it (the view the screens read). */
export const stored = (id: string): SessionRecord | undefined => {
  const s = useSessions.getState().sessions.find((r) => r.log.header.sessionId === id);
  return s && sessionRecord(s);
};

/** The trace of a log against the scenario version its header names (seeded or current). */
export function traceOf(log: SessionLog): Trace {
  const scenario = versions.get(log.header.scenario.hash);
  if (!scenario)
    throw new Error(
      `No test scenario version ${log.header.scenario.hash.slice(0, 12)}: seed a session of it or call currentVersion() first`,
    );
  return trace(scenario, log);
}

/**
 * What the stored log of this session means: its turns, outcome, reflective account (frameworkId,
 * draft, text, revisions) and declaration (name, date, current). Undefined when it is not stored.
 */
export const storedTrace = (id: string): Trace | undefined => {
  const s = stored(id);
  return s && traceOf(s.log);
};
