/**
 * Every state a scenario's conversation can reach, with states that behave identically from there on
 * merged into one (futureKeys): the graph that scenarios:check, the model-based tests and any "every
 * path" property walk. It grows with the number of different situations a learner can be in — beat,
 * tension, mood, turn, promise and runs of techniques — not with the number of paths, which is
 * exponential in the turn limit (a tight loop at 30 turns has more than 10^18).
 *
 * Built breadth-first, one turn at a time: every event takes a turn, so each layer's states only lead
 * to the next layer or to an ending, and only the layer being expanded needs full engine states (its
 * history cut to the last turn, the only part the engine reads). The rest is kept compact: a summary
 * per state and the edges as indices into one array.
 */
import { applyEvent, initialState, learnerEvents } from '../domain/escalation/engine';
import { futureKeys } from '../domain/escalation/future-key';
import type { EngineState } from '../domain/escalation/types';
import type { Scenario } from '../domain/scenario/schema';
import type { SessionEvent } from '../domain/session/events';

/**
 * One merged state: an engine state without its history. Every state merged into it agrees on all of
 * this except, for an ending, the tension, turn, runs and promise — there it is the first one found.
 */
export type GraphState = Omit<EngineState, 'history'> & { key: string };

/** One transition: the event, and the index of the state it leads to. */
export interface GraphEdge {
  event: SessionEvent;
  to: number;
}

export interface StateGraph {
  scenario: Scenario;
  /**
   * Every merged state; index 0 is the start. In the order found, by turn, so every edge from a
   * state that has not ended leads to a later index or to an ending.
   */
  states: readonly GraphState[];
  /** The transitions from state `i`, in the order learnerEvents offers the events. */
  edges(i: number): GraphEdge[];
  /** Just the states they lead to, in the same order (cheaper, for counting). */
  successors(i: number): number[];
  /** The events of a shortest path from the start to state `i` (replay them for its full history). */
  pathTo(i: number): SessionEvent[];
  /**
   * How state `i` was first reached: the state before it (always a lower index) and the event, or
   * null for the start. Following it back gives pathTo's path.
   */
  parentOf(i: number): { from: number; event: SessionEvent } | null;
  /** The number of transitions. */
  edgeCount: number;
  /** Set when the walk stopped at `maxStates` before it had seen every state. */
  truncated: boolean;
}

/**
 * How many merged states a walk may hold before it stops (about 250 MB): the 24-beat, 24-turn
 * benchmark has about 240,000. Beyond it a scenario is refused with a message, never a crash.
 */
export const MAX_STATES = 1_000_000;

/** History is kept to the last turn: computeEffect reads nothing older. */
const lean = (s: EngineState): EngineState =>
  s.history.length <= 1 ? s : { ...s, history: s.history.slice(-1) };

const summary = (s: EngineState, key: string): GraphState => ({
  key,
  beatId: s.beatId,
  tension: s.tension,
  mood: s.mood,
  turn: s.turn,
  runs: s.runs,
  promised: s.promised,
  ending: s.ending,
});

export function buildStateGraph(
  scenario: Scenario,
  { maxStates = MAX_STATES }: { maxStates?: number } = {},
): StateGraph {
  const states: GraphState[] = [];
  const indexOf = new Map<string, number>();
  // Edges of state i are targets[edgeStart[i] .. edgeStart[i] + edgeCount[i]).
  const edgeStart: number[] = [];
  const edgeCount: number[] = [];
  const targets: number[] = [];
  // The first path found to each state: the state it came from and which of that state's events.
  const parent: number[] = [];
  const parentEvent: number[] = [];
  let truncated = false;
  const futureKey = futureKeys(scenario);

  const add = (s: EngineState, from: number, event: number): number => {
    const key = futureKey(s);
    const known = indexOf.get(key);
    if (known !== undefined) return known;
    const i = states.length;
    states.push(summary(s, key));
    indexOf.set(key, i);
    parent.push(from);
    parentEvent.push(event);
    edgeStart.push(0);
    edgeCount.push(0);
    return i;
  };

  const start = initialState(scenario);
  add(start, -1, -1);
  let layer: { state: EngineState; index: number }[] = [{ state: start, index: 0 }];
  while (layer.length > 0 && !truncated) {
    const next: typeof layer = [];
    for (const { state, index } of layer) {
      if (states.length >= maxStates) {
        truncated = true;
        break;
      }
      const events = learnerEvents(scenario, state);
      edgeStart[index] = targets.length;
      edgeCount[index] = events.length;
      for (let e = 0; e < events.length; e++) {
        const after = applyEvent(scenario, state, events[e]!);
        const before = states.length;
        const to = add(after, index, e);
        if (to === before && !after.ending) next.push({ state: lean(after), index: to });
        targets.push(to);
      }
    }
    layer = next;
  }

  const eventsOf = (i: number) => learnerEvents(scenario, states[i]!);
  return {
    scenario,
    states,
    edgeCount: targets.length,
    truncated,
    edges(i) {
      const events = eventsOf(i);
      const first = edgeStart[i] ?? 0;
      return Array.from({ length: edgeCount[i] ?? 0 }, (_, e) => ({
        event: events[e]!,
        to: targets[first + e]!,
      }));
    },
    successors(i) {
      const first = edgeStart[i] ?? 0;
      return targets.slice(first, first + (edgeCount[i] ?? 0));
    },
    parentOf(i) {
      const from = parent[i]!;
      return from < 0 ? null : { from, event: eventsOf(from)[parentEvent[i]!]! };
    },
    pathTo(i) {
      const events: SessionEvent[] = [];
      for (let at = i; parent[at]! >= 0; at = parent[at]!)
        events.push(eventsOf(parent[at]!)[parentEvent[at]!]!);
      return events.reverse();
    },
  };
}
