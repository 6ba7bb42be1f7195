/**
 * Walks every path of a scenario with @xstate/graph over the engine itself (pure transition logic:
 * the machine's `saving` step waits for storage, which a walk has no need of). The events offered are
 * the engine's `learnerEvents` — the same rule the machine's guard and applyEvent use. States are
 * identified by the engine's future key, so equal futures are explored once, and the turn limit
 * bounds every path; path counts are then summed over the (acyclic: every event adds a turn) graph.
 */
import { getAdjacencyMap, type AdjacencyValue } from '@xstate/graph';
import { fromTransition, type SnapshotFrom } from 'xstate';
import { applyEvent, futureKey, initialState, learnerEvents } from '../domain/escalation/engine';
import type { EngineState } from '../domain/escalation/types';
import type { EndingKind, Mood, Scenario } from '../domain/scenario/schema';
import type { SessionEvent } from '../domain/session/events';

/** The conversation as pure transition logic: engine state in, engine state out. */
export const conversationLogic = (scenario: Scenario) =>
  fromTransition(
    (state: EngineState, event: SessionEvent) => applyEvent(scenario, state, event),
    initialState(scenario),
  );

export type ConversationSnapshot = SnapshotFrom<ReturnType<typeof conversationLogic>>;

export interface WalkedState {
  engine: EngineState;
  /** Outgoing transitions: the event and the key of the state it leads to. */
  edges: { event: SessionEvent; to: string }[];
}

export interface ScenarioGraph {
  start: string;
  states: Map<string, WalkedState>;
}

/** Hard cap on distinct states, so a badly looping scenario fails clearly instead of hanging. */
export const MAX_STATES = 400_000;

const serialize = (s: ConversationSnapshot) => futureKey(s.context);

export function buildGraph(scenario: Scenario): ScenarioGraph {
  const logic = conversationLogic(scenario);
  const adjacency = getAdjacencyMap(logic, {
    events: (s: ConversationSnapshot) => learnerEvents(scenario, s.context),
    serializeState: serialize,
    serializeEvent: (e) => JSON.stringify(e),
    limit: MAX_STATES,
  });
  const states = new Map<string, WalkedState>();
  for (const [key, value] of Object.entries(adjacency) as [
    string,
    AdjacencyValue<ConversationSnapshot, SessionEvent>,
  ][]) {
    states.set(key, {
      engine: value.state.context,
      edges: Object.values(value.transitions).map((t) => ({
        event: t.event,
        to: serialize(t.state),
      })),
    });
  }
  return { start: futureKey(initialState(scenario)), states };
}

export interface ScenarioReport {
  id: string;
  beats: { id: string; reachable: boolean }[];
  responses: { beat: string; id: string; reachable: boolean }[];
  endings: { id: string; kind: EndingKind; reachable: boolean }[];
  moods: Mood[];
  states: number;
  paths: number;
  minTurns: number;
  maxTurns: number;
  /** Problems that make the scenario unfit to play. */
  errors: string[];
}

export function walkScenario(scenario: Scenario): ScenarioReport {
  const graph = buildGraph(scenario);
  const beatsSeen = new Set<string>();
  const responsesSeen = new Set<string>();
  const endingsSeen = new Set<string>();
  const moods = new Set<Mood>();
  const errors: string[] = [];

  for (const [key, s] of graph.states) {
    moods.add(s.engine.mood);
    if (s.engine.ending) {
      endingsSeen.add(s.engine.ending.id);
      continue;
    }
    beatsSeen.add(s.engine.beatId);
    for (const { event } of s.edges) {
      if (event.type === 'learner.respond')
        responsesSeen.add(`${s.engine.beatId}/${event.responseId}`);
    }
    if (s.edges.length === 0 && errors.length < 20) {
      errors.push(
        `dead end: beat "${s.engine.beatId}" at turn ${s.engine.turn} has no way on (${key})`,
      );
    }
  }
  if (graph.states.size >= MAX_STATES) {
    errors.push(`more than ${MAX_STATES} distinct states: lower flow.maxTurns or remove loops`);
  }

  // Count paths and their lengths over the acyclic state graph, memoised.
  const memo = new Map<string, { paths: number; min: number; max: number }>();
  const measure = (key: string): { paths: number; min: number; max: number } => {
    const cached = memo.get(key);
    if (cached) return cached;
    const s = graph.states.get(key);
    let result = { paths: 0, min: Infinity, max: 0 };
    if (!s) result = { paths: 0, min: Infinity, max: 0 };
    else if (s.engine.ending) result = { paths: 1, min: 0, max: 0 };
    else {
      for (const edge of s.edges) {
        const r = measure(edge.to);
        result = {
          paths: result.paths + r.paths,
          min: Math.min(result.min, r.min + 1),
          max: Math.max(result.max, r.max + 1),
        };
      }
    }
    memo.set(key, result);
    return result;
  };
  const total = measure(graph.start);

  const beats = Object.keys(scenario.beats).map((id) => ({ id, reachable: beatsSeen.has(id) }));
  const responses = Object.entries(scenario.beats).flatMap(([beat, b]) =>
    b.responses.map((r) => ({ beat, id: r.id, reachable: responsesSeen.has(`${beat}/${r.id}`) })),
  );
  const endings = Object.entries(scenario.endings).map(([id, e]) => ({
    id,
    kind: e.kind,
    reachable: endingsSeen.has(id),
  }));
  for (const b of beats) if (!b.reachable) errors.push(`beats.${b.id}: unreachable beat`);
  for (const r of responses)
    if (!r.reachable) errors.push(`beats.${r.beat}: response "${r.id}" can never be chosen`);
  for (const e of endings)
    if (!e.reachable) errors.push(`endings.${e.id}: unreachable ending (${e.kind})`);

  const moodOrder: Mood[] = ['calm', 'frustrated', 'aggressive', 'de-escalated'];
  return {
    id: scenario.id,
    beats,
    responses,
    endings,
    moods: moodOrder.filter((m) => moods.has(m)),
    states: graph.states.size,
    paths: total.paths,
    minTurns: Number.isFinite(total.min) ? total.min : 0,
    maxTurns: total.max,
    errors,
  };
}
