/**
 * The order a beat's responses are offered in. Recorded in every learner entry (`shown`), so the
 * log says what the learner saw. Today it is the author's order; the validity work (issue #8) makes
 * it a seeded shuffle, injected like the clock, so logs still replay exactly.
 */
import type { Scenario } from '../scenario/schema';
import type { EngineState } from './types';

export function shownOrder(scenario: Scenario, state: EngineState): string[] {
  return scenario.beats[state.beatId]?.responses.map((r) => r.id) ?? [];
}
