/**
 * Which engine states behave identically from here on. Two states with the same key accept the same
 * events and, event for event, lead to states with the same key again, the same endings and the same
 * moods — so a path walk can treat them as one state and count paths through it once. What the
 * engine reads when it applies an event is in the key, and nothing else, or the walk would grow with
 * differences that never matter (the turn history, which only the debrief reads).
 */
import { beatOf } from '../scenario/lookup';
import type { Scenario } from '../scenario/schema';
import { ACKNOWLEDGING, BASE_EFFECT } from './effect-model';
import type { Technique } from './techniques';
import type { EngineState } from './types';

/** The key of a state's future, for states of one scenario. */
export type FutureKey = (state: EngineState) => string;

/**
 * The key function for `scenario`. Of the past the engine reads only the last turn: how long each
 * technique has run (a calming technique's third and later uses in a row count for less) and whether
 * it acknowledged feelings (solving lands better straight after). A run matters only for a calming
 * technique one of this beat's responses can use now — any other run ends with this turn — and
 * only as 1, 2 or 3-or-more. An ended conversation has no future, so its states at one ending are
 * one, kept apart by mood only, so that the walk still sees every mood a path ends in.
 */
export function futureKeys(scenario: Scenario): FutureKey {
  const usable = new Map<string, Set<Technique>>();
  const usableAt = (beatId: string) => {
    let set = usable.get(beatId);
    if (!set) {
      const responses = beatOf(scenario, beatId)?.responses ?? [];
      set = new Set(responses.flatMap((r) => r.techniques).filter((t) => BASE_EFFECT[t] < 0));
      usable.set(beatId, set);
    }
    return set;
  };
  // Plain loops: this runs for every transition of a walk, over a million times on a large scenario.
  return (state) => {
    if (state.ending) return `end|${state.ending.id}|${state.mood}`;
    const here = usableAt(state.beatId);
    const runs: string[] = [];
    let acknowledged = false;
    for (const t of Object.keys(state.runs) as Technique[]) {
      if (ACKNOWLEDGING.includes(t)) acknowledged = true;
      if (here.has(t)) runs.push(`${t}:${Math.min(state.runs[t] ?? 0, 3)}`);
    }
    return [
      state.beatId,
      state.tension,
      state.mood,
      state.turn,
      state.promised ? 'promised' : '',
      acknowledged ? 'acknowledged' : '',
      runs.sort().join(','),
    ].join('|');
  };
}
