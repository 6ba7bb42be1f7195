/**
 * The shortest run of responses (no stepping back) that brings a built-in or fake scenario to a beat
 * with the conversation still going, so a test can start a session just before the turn it is about.
 */
import { applyEvent, initialState } from '../domain/escalation/engine';
import type { EngineState } from '../domain/escalation/types';
import type { Scenario } from '../domain/scenario/schema';
import type { SessionEvent } from '../domain/session/events';
import { beatOf } from '../domain/scenario/lookup';

/**
 * Events (timed a second apart) to reach `beatId`, and the state there. `accept` can refuse a state
 * at the beat, e.g. one whose next turn would end the conversation. Throws if no path exists.
 */
export function pathTo(
  scenario: Scenario,
  beatId: string,
  accept: (state: EngineState) => boolean = () => true,
): { events: SessionEvent[]; state: EngineState } {
  let frontier: { events: SessionEvent[]; state: EngineState }[] = [
    { events: [], state: initialState(scenario) },
  ];
  for (let depth = 0; depth <= scenario.flow.maxTurns; depth++) {
    const ok = frontier.find(
      (p) => p.state.beatId === beatId && !p.state.ending && accept(p.state),
    );
    if (ok) return ok;
    frontier = frontier.flatMap(({ events, state }) =>
      state.ending
        ? []
        : beatOf(scenario, state.beatId)!.responses.map((r) => {
            const event: SessionEvent = {
              type: 'learner.respond',
              responseId: r.id,
              at: 1000 * (events.length + 1),
            };
            return { events: [...events, event], state: applyEvent(scenario, state, event) };
          }),
    );
  }
  throw new Error(`no path to beat "${beatId}"`);
}
