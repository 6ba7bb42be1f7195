/**
 * Which engine states behave identically from here on. Two states with the same key accept the same
 * events and, event for event, lead to states with the same key again, the same endings and the same
 * moods — so a path walk can treat them as one state and count paths through it once. Everything the
 * engine reads when it applies an event is in the key; nothing else is, or the walk would grow with
 * differences that never matter (the turn history, which only the debrief reads).
 */
import { BASE_EFFECT } from './effect-model';
import type { Technique } from './techniques';
import type { EngineState } from './types';

/**
 * What the engine reads of `runs`: how long each calming technique has run (2 and 3-or-more are
 * what change its effect; 1 matters because one more use makes 2). Techniques that raise tension
 * are never damped by repetition, so their runs are left out. The previous turn's acknowledging
 * techniques — the other thing computeEffect reads of the past — are among these keys.
 */
function runsKey(runs: EngineState['runs']): string {
  return (Object.keys(runs) as Technique[])
    .filter((t) => BASE_EFFECT[t] < 0)
    .sort()
    .map((t) => `${t}:${Math.min(runs[t] ?? 0, 3)}`)
    .join(',');
}

/**
 * The key of a state's future. An ended conversation has no future, so all of its states at one
 * ending are one — kept apart by mood only, so the walk still sees every mood a path ends in.
 */
export function futureKey(state: EngineState): string {
  if (state.ending) return `end|${state.ending.id}|${state.mood}`;
  return [
    state.beatId,
    state.tension,
    state.mood,
    state.turn,
    state.promised ? 'promised' : '',
    runsKey(state.runs),
  ].join('|');
}
