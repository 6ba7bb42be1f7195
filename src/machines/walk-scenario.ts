/**
 * Walks every path of a scenario for `npm run scenarios:check`: which beats, responses, endings and
 * moods some path reaches, how many paths there are and how long the shortest and longest are. The
 * walk runs over the engine itself (the same applyEvent and learnerEvents the machine's guard uses) on
 * the merged state graph, so it costs what the number of distinct situations costs, not the number
 * of paths; reachability, shortest and longest are exact, and so is the path count.
 */
import { fromTransition, type SnapshotFrom } from 'xstate';
import { applyEvent, initialState } from '../domain/escalation/engine';
import type { EngineState } from '../domain/escalation/types';
import { MOODS, type EndingKind, type Mood, type Scenario } from '../domain/scenario/schema';
import type { SessionEvent } from '../domain/session/events';
import { measurePaths } from './graph-paths';
import { buildStateGraph, MAX_STATES, type StateGraph } from './state-graph';

/**
 * The conversation as XState logic: engine state in, engine state out. The model-based test walks it
 * with @xstate/graph to play paths through the real machine.
 */
export const conversationLogic = (scenario: Scenario) =>
  fromTransition(
    (state: EngineState, event: SessionEvent) => applyEvent(scenario, state, event),
    initialState(scenario),
  );

export type ConversationSnapshot = SnapshotFrom<ReturnType<typeof conversationLogic>>;

// The graph with full engine states, for suites that ask the engine about each state.
export { buildGraph, engineStates, type ScenarioGraph, type WalkedState } from './engine-states';

export interface ScenarioReport {
  id: string;
  beats: { id: string; reachable: boolean }[];
  responses: { beat: string; id: string; reachable: boolean }[];
  endings: { id: string; kind: EndingKind; reachable: boolean }[];
  moods: Mood[];
  /** Distinct states: states that can behave differently from then on (see futureKeys). */
  states: number;
  /** Complete paths, start to ending, exactly. */
  paths: bigint;
  minTurns: number;
  maxTurns: number;
  /** Problems that make the scenario unfit to play, each `place: what — what to do`. */
  errors: string[];
}

export function walkScenario(
  scenario: Scenario,
  options: { maxStates?: number } = {},
): ScenarioReport {
  return reportOf(buildStateGraph(scenario, options), options.maxStates);
}

/** The report on a graph already built (so one walk can serve several report sections). */
export function reportOf(graph: StateGraph, maxStates = MAX_STATES): ScenarioReport {
  const { scenario } = graph;
  const reached = whatIsReached(graph);
  const errors: string[] = [];
  const beats = Object.keys(scenario.beats).map((id) => ({ id, reachable: reached.beats.has(id) }));
  const responses = Object.entries(scenario.beats).flatMap(([beat, b]) =>
    b.responses.map((r) => ({
      beat,
      id: r.id,
      reachable: reached.responses.has(`${beat}/${r.id}`),
    })),
  );
  const endings = Object.entries(scenario.endings).map(([id, e]) => ({
    id,
    kind: e.kind,
    reachable: reached.endings.has(id),
  }));

  if (graph.truncated) {
    // What was not walked is unknown, not unreachable: report only the limit.
    const cap = maxStates.toLocaleString('en-GB');
    errors.push(
      `flow.maxTurns: the conversation has more than ${cap} distinct states, too many to walk — ` +
        `lower flow.maxTurns (now ${scenario.flow.maxTurns}) or give fewer responses that loop back`,
    );
  } else {
    errors.push(...reached.deadEnds.slice(0, 20));
    for (const b of beats)
      if (!b.reachable)
        errors.push(`beats.${b.id}: unreachable beat — link to it from another beat's next`);
    for (const r of responses)
      if (!r.reachable) errors.push(`beats.${r.beat}: response "${r.id}" can never be chosen`);
    for (const e of endings)
      if (!e.reachable) errors.push(`endings.${e.id}: unreachable ending (${e.kind})`);
  }

  const measures = measurePaths(graph);
  const fewest = measures.fewestTurns[0] ?? Infinity;
  return {
    id: scenario.id,
    beats,
    responses,
    endings,
    moods: MOODS.filter((m) => reached.moods.has(m)),
    states: graph.states.length,
    paths: measures.paths[0] ?? 0n,
    minTurns: Number.isFinite(fewest) ? fewest : 0,
    maxTurns: Math.max(0, measures.mostTurns[0] ?? 0),
    errors,
  };
}

function whatIsReached(graph: StateGraph) {
  const beats = new Set<string>();
  const responses = new Set<string>();
  const endings = new Set<string>();
  const moods = new Set<Mood>();
  const deadEnds: string[] = [];
  const offered = new Set<string>();
  graph.states.forEach((s, i) => {
    moods.add(s.mood);
    if (s.ending) {
      endings.add(s.ending.id);
      return;
    }
    const edges = graph.successors(i).length;
    if (edges === 0 && !graph.truncated)
      deadEnds.push(
        `beats.${s.beatId}: dead end at turn ${s.turn} (${s.key}) — give the beat a response`,
      );
    beats.add(s.beatId);
    if (edges === 0 || offered.has(s.beatId)) return;
    offered.add(s.beatId);
    // What a learner is offered depends on the beat alone (learnerEvents reads nothing else), so
    // one state at each beat shows every response it offers.
    for (const { event } of graph.edges(i))
      if (event.type === 'learner.respond') responses.add(`${s.beatId}/${event.responseId}`);
  });
  return { beats, responses, endings, moods, deadEnds };
}
