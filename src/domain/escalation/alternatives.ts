/**
 * What every response available at a moment would have done, from the same state: the debrief's
 * "best response available" and the tutor's "what if" both come from here.
 */
import type { Response, Scenario } from '../scenario/schema';
import { respond } from './engine';
import { isLimitCrossed } from './limit';
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
 * The best response available: past the organisation's limit, one that gets support; then good
 * practice (no poor techniques), then the lowest tension after it, then the larger calming effect
 * (which separates answers that both reach tension 0), then the author's order. Honest rather than
 * clever: it never recommends a poor technique that happens to lower tension now (over-promising
 * buys calm at the cost of a broken promise).
 */
export function bestAlternative(scenario: Scenario, state: EngineState): Alternative | undefined {
  const poorCount = (a: Alternative) => a.turn.effect.techniques.filter(isPoorTechnique).length;
  // Past the organisation's limit the procedure is to get support, so a response that does comes
  // first, however calming another line might be.
  const limit = isLimitCrossed(scenario, state);
  const support = (a: Alternative) =>
    limit && a.turn.effect.techniques.includes('seek-help') && poorCount(a) === 0 ? 0 : 1;
  return alternativesAt(scenario, state)
    .map((a, index) => ({ a, index }))
    .sort(
      (x, y) =>
        support(x.a) - support(y.a) ||
        poorCount(x.a) - poorCount(y.a) ||
        x.a.turn.tensionAfter - y.a.turn.tensionAfter ||
        // At the floor (tension 0) many answers tie; the one that would calm more is still better.
        x.a.turn.effect.delta - y.a.turn.effect.delta ||
        x.index - y.index,
    )[0]?.a;
}
