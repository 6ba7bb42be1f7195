/**
 * Model-based tests. Every state of every built-in scenario's conversation (bounded by each
 * scenario's turn limit, equivalent states merged) is walked and the invariants are asserted in each
 * one, and each merged state is checked to be a real state of the engine with the successors the
 * graph gives it; then @xstate/graph finds the shortest path to every ending and it is played through
 * the real machine — with a persist actor that chains and keeps entries in memory — and the machine's
 * states, tags and log are checked at every step against the engine and a replay of the log it wrote.
 */
import { getShortestPaths } from '@xstate/graph';
import { createActor, fromPromise, waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  eventProblem,
  initialState,
  learnerEvents,
} from '../../src/domain/escalation/engine';
import { futureKeys } from '../../src/domain/escalation/future-key';
import { moodMatchesTension } from '../../src/domain/escalation/mood';
import { chainProblem, nextEntry } from '../../src/domain/session/chain';
import type { SessionEvent } from '../../src/domain/session/events';
import { replay } from '../../src/domain/session/replay';
import { trace } from '../../src/domain/session/trace';
import { escalationMachine, type PersistInput } from '../../src/machines/escalation.machine';
import { buildStateGraph } from '../../src/machines/state-graph';
import { conversationLogic, type ConversationSnapshot } from '../../src/machines/walk-scenario';
import { makeLog } from '../../src/test-util/make-log';
import { fakeScenario } from '../../src/test-util/fake-scenario';
import { builtInScenarios } from '../support/built-in-scenarios';

const scenarios = [fakeScenario(), ...builtInScenarios()];

/** The machine with storage in memory: each entry is chained exactly as the app chains it. */
const inMemory = escalationMachine.provide({
  actors: {
    persist: fromPromise(({ input }: { input: PersistInput }) =>
      nextEntry(input.log, input.body, input.at),
    ),
  },
});

describe.each(scenarios.map((s) => [s.id, s] as const))('every path of %s', (_id, scenario) => {
  const graph = buildStateGraph(scenario);
  const states = graph.states.map((state, i) => ({ state, edges: graph.edges(i) }));

  it('keeps tension in 0–100 with the mood matching it, in every state', () => {
    expect(states.length).toBeGreaterThan(10);
    expect(graph.truncated).toBe(false);
    for (const { state } of states) {
      expect(state.tension).toBeGreaterThanOrEqual(0);
      expect(state.tension).toBeLessThanOrEqual(100);
      expect(
        moodMatchesTension(state.mood, state.tension),
        `${state.mood} at ${state.tension}`,
      ).toBe(true);
    }
  });

  it('has no dead end, and every step takes a turn, so every path ends', () => {
    for (const { state, edges } of states) {
      if (state.ending) {
        expect(edges).toEqual([]);
        continue;
      }
      expect(edges.length, `dead end at ${state.beatId}`).toBeGreaterThan(0);
      expect(state.turn).toBeLessThan(scenario.flow.maxTurns);
      for (const edge of edges) {
        const to = graph.states[edge.to]!;
        // An ending merges the states that reach it, so only a state still playing keeps its turn.
        if (to.ending) expect(to.turn).toBeLessThanOrEqual(scenario.flow.maxTurns);
        else expect(to.turn).toBe(state.turn + 1);
      }
    }
  });

  it('merges only equivalent states: each is a state the engine reaches, with the successors it has', () => {
    const futureKey = futureKeys(scenario);
    for (const [i, { state, edges }] of states.entries()) {
      const events = graph.pathTo(i);
      let engine = initialState(scenario);
      for (const e of events) engine = applyEvent(scenario, engine, e);
      expect(futureKey(engine)).toBe(state.key);
      expect(edges.map((e) => e.event)).toEqual(learnerEvents(scenario, engine));
      for (const { event, to } of edges)
        expect(futureKey(applyEvent(scenario, engine, event))).toBe(graph.states[to]!.key);
    }
  });

  it('offers the safety action in every unfinished state, leading to the safe ending', () => {
    for (const { state, edges } of states) {
      if (state.ending) continue;
      const withdraw = edges.find((e) => e.event.type === 'learner.withdraw');
      expect(withdraw).toBeDefined();
      expect(graph.states[withdraw!.to]!.ending?.kind).toBe('withdrew-safely');
    }
  });

  it('plays the shortest path to every ending through the machine, saving each turn before moving on', async () => {
    // @xstate/graph's own breadth-first search over the same logic and the same merged states is a
    // second, independent walk: it must find every ending, each as soon as the graph's does. (Keyed
    // by state, not by beat, so an ending only a deep mood or tension leads to is still found.)
    const futureKey = futureKeys(scenario);
    const found = getShortestPaths(conversationLogic(scenario), {
      events: (s: ConversationSnapshot) => learnerEvents(scenario, s.context),
      serializeState: (s: ConversationSnapshot) => futureKey(s.context),
    });
    const shortest = new Map<string, SessionEvent[]>();
    for (const p of found) {
      const ending = p.state.context.ending;
      const events = p.steps
        .map((st) => st.event as SessionEvent)
        .filter((e) => (e.type as string) !== 'xstate.init');
      if (ending && events.length < (shortest.get(ending.id)?.length ?? Infinity))
        shortest.set(ending.id, events);
    }
    expect(new Set(shortest.keys())).toEqual(new Set(Object.keys(scenario.endings)));
    const fewest = new Map<string, number>();
    graph.states.forEach((s, i) => {
      if (s.ending)
        fewest.set(
          s.ending.id,
          Math.min(fewest.get(s.ending.id) ?? Infinity, graph.pathTo(i).length),
        );
    });
    expect(new Map([...shortest].map(([id, p]) => [id, p.length]))).toEqual(fewest);
    const ended = [...shortest.values()];
    const empty = await makeLog(scenario, []);
    for (const played of ended) {
      const actor = createActor(inMemory, { input: { scenario, log: empty } }).start();
      let at = empty.header.startedAt;
      for (const event of played) {
        at += 1000;
        actor.send({ ...event, at });
        // The screen never moves ahead of storage: the turn is in `saving` until the entry is stored.
        expect(actor.getSnapshot().hasTag('busy')).toBe(true);
        const s = await waitFor(actor, (x) => !x.hasTag('busy'));
        const engine = s.context.engine;
        if (engine.ending) {
          expect(s.status).toBe('done');
          expect(s.value).toBe(engine.ending.kind);
          expect(s.hasTag('ended')).toBe(true);
        } else {
          expect(s.matches({ awaiting: engine.mood })).toBe(true);
          expect(s.hasTag(`mood.${engine.mood}`)).toBe(true);
          expect(s.hasTag('escalated')).toBe(engine.mood === 'aggressive');
        }
      }
      const { log, engine } = actor.getSnapshot().context;
      // The machine's state is the engine's replay of the same events (the walk's carry no times).
      expect({ ...engine, history: engine.history.map((h) => ({ ...h, at: null })) }).toEqual(
        replay(scenario, played),
      );
      expect(await chainProblem(log)).toBeUndefined();
      const t = trace(scenario, log);
      expect(t.discrepancies).toEqual([]);
      expect(t.final).toEqual(engine);
      // Resuming from the stored log gives the same snapshot as having played it.
      const resumed = createActor(inMemory, { input: { scenario, log } }).start();
      expect(resumed.getSnapshot().value).toEqual(actor.getSnapshot().value);
      // Nothing applies after the end: the one rule says so, and the machine ignores it.
      expect(eventProblem(scenario, engine, { type: 'learner.withdraw', at: null })).toMatch(
        /has ended/,
      );
    }
  });
});
