/**
 * The merged state graph with each state as a full engine state — history and all, the history of
 * the first (shortest) path found to it — for suites and reports that ask the engine about a state
 * (bestAlternative, the scripted learners). One applyEvent per state, in index order, since a
 * state's parent always comes first. Holds every history at once: for the built-in scenarios and
 * their like, not for the largest a walk can take (use StateGraph and pathTo there).
 */
import { applyEvent, initialState } from '../domain/escalation/engine';
import type { EngineState } from '../domain/escalation/types';
import type { Scenario } from '../domain/scenario/schema';
import type { SessionEvent } from '../domain/session/events';
import { buildStateGraph, type StateGraph } from './state-graph';

/** Every state of `graph` as a full engine state, by index. */
export function engineStates(graph: StateGraph): EngineState[] {
  const out: EngineState[] = [];
  graph.states.forEach((_s, i) => {
    const parent = graph.parentOf(i);
    out.push(
      parent
        ? applyEvent(graph.scenario, out[parent.from]!, parent.event)
        : initialState(graph.scenario),
    );
  });
  return out;
}

/** One distinct state: a full engine state and its transitions, by the key of the state they lead to. */
export interface WalkedState {
  engine: EngineState;
  edges: { event: SessionEvent; to: string }[];
}

export interface ScenarioGraph {
  start: string;
  /** Every distinct state by its key, in the order found (breadth-first). */
  states: Map<string, WalkedState>;
}

/** The merged state graph of `scenario` with full engine states, keyed by state key. */
export function buildGraph(scenario: Scenario): ScenarioGraph {
  const graph = buildStateGraph(scenario);
  const engines = engineStates(graph);
  const key = (i: number) => graph.states[i]!.key;
  const states = new Map<string, WalkedState>();
  graph.states.forEach((s, i) =>
    states.set(s.key, {
      engine: engines[i]!,
      edges: graph.edges(i).map(({ event, to }) => ({ event, to: key(to) })),
    }),
  );
  return { start: key(0), states };
}
