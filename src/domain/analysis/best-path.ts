/**
 * The debrief's best path: from the start, the best response available at every turn
 * (bestAlternative) until the conversation ends. It is the model answer the debrief holds up, so
 * the scenario checks and the scripted-learner suite hold it to this: no other path may score
 * better on any framework the scenario names.
 */
import { bestAlternative } from '../escalation/alternatives';
import { applyEvent, initialState } from '../escalation/engine';
import type { EngineState } from '../escalation/types';
import type { Scenario } from '../scenario/schema';
import type { SessionEvent } from '../session/events';

/** The events of the best path from `from` (the start by default) to an ending. */
export function bestPath(
  scenario: Scenario,
  from: EngineState = initialState(scenario),
): SessionEvent[] {
  const events: SessionEvent[] = [];
  let state = from;
  // Every event takes a turn and maxTurns ends the conversation, so this always stops.
  while (!state.ending) {
    const best = bestAlternative(scenario, state);
    const event: SessionEvent = best
      ? { type: 'learner.respond', responseId: best.response.id, at: null }
      : { type: 'learner.withdraw', at: null };
    events.push(event);
    state = applyEvent(scenario, state, event);
  }
  return events;
}
