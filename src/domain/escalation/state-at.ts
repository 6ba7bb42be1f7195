/** Builds an engine state at a given point, for "what would this do here" questions and tests. */
import type { Mood, Scenario } from '../scenario/schema';
import { initialState } from './engine';
import type { EngineState } from './types';

export function stateAt(
  scenario: Scenario,
  at: { beatId?: string; tension: number; mood: Mood; runs?: EngineState['runs'] },
): EngineState {
  return {
    ...initialState(scenario),
    beatId: at.beatId ?? scenario.flow.start,
    tension: at.tension,
    mood: at.mood,
    runs: at.runs ?? {},
  };
}
