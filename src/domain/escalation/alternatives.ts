/**
 * What every response available at a moment would have done, from the same state: the debrief's
 * "best response available" and the tutor's "what if" both come from here.
 */
import type { Response, Scenario } from '../scenario/schema';
import { respond } from './engine';
import { isPoorTechnique } from './techniques';
import type { EngineState, TurnRecord } from './types';
import { beatOf } from '../scenario/lookup';

export interface Alternative {
  response: Response;
  /** The turn as it would have been recorded. */
  turn: TurnRecord;
  state: EngineState;
}

export function alternativesAt(scenario: Scenario, state: EngineState): Alternative[] {
  const beat = beatOf(scenario, state.beatId);
  if (!beat || state.ending) return [];
  return beat.responses.map((response) => {
    const next = respond(scenario, state, response.id);
    return { response, turn: next.history[next.history.length - 1]!, state: next };
  });
}

/**
 * The best response available: good practice first (no poor techniques), then the lowest tension
 * after it, then the author's order. Honest rather than clever: it never recommends a poor technique
 * that happens to lower tension now (over-promising buys calm at the cost of a broken promise).
 */
export function bestAlternative(scenario: Scenario, state: EngineState): Alternative | undefined {
  const poorCount = (a: Alternative) => a.turn.effect.techniques.filter(isPoorTechnique).length;
  return alternativesAt(scenario, state)
    .map((a, index) => ({ a, index }))
    .sort(
      (x, y) =>
        poorCount(x.a) - poorCount(y.a) ||
        x.a.turn.tensionAfter - y.a.turn.tensionAfter ||
        x.index - y.index,
    )[0]?.a;
}
