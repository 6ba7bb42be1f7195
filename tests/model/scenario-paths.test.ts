/**
 * Model-based tests. @xstate/graph walks every state of every built-in scenario's conversation
 * (bounded by each scenario's turn limit) and the invariants are asserted in each one; then the
 * shortest path to every ending is played through the real machine — with a persist actor that
 * chains and keeps entries in memory — and the machine's states, tags and log are checked at every
 * step against the engine and a replay of the log it wrote.
 */
import { getShortestPaths } from '@xstate/graph';
import { createActor, fromPromise, waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { eventProblem, learnerEvents } from '../../src/domain/escalation/engine';
import { moodMatchesTension } from '../../src/domain/escalation/mood';
import { chainProblem, nextEntry } from '../../src/domain/session/chain';
import type { SessionEvent } from '../../src/domain/session/events';
import { replay } from '../../src/domain/session/replay';
import { trace } from '../../src/domain/session/trace';
import { escalationMachine, type PersistInput } from '../../src/machines/escalation.machine';
import {
  buildGraph,
  conversationLogic,
  type ConversationSnapshot,
} from '../../src/machines/walk-scenario';
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
  const graph = buildGraph(scenario);
  const states = [...graph.states.values()];

  it('keeps tension in 0–100 with the mood matching it, in every state', () => {
    expect(states.length).toBeGreaterThan(10);
    for (const { engine } of states) {
      expect(engine.tension).toBeGreaterThanOrEqual(0);
      expect(engine.tension).toBeLessThanOrEqual(100);
      expect(
        moodMatchesTension(engine.mood, engine.tension),
        `${engine.mood} at ${engine.tension}`,
      ).toBe(true);
    }
  });

  it('has no dead end, and every step takes a turn, so every path ends', () => {
    for (const { engine, edges } of states) {
      if (engine.ending) {
        expect(edges).toEqual([]);
        continue;
      }
      expect(edges.length, `dead end at ${engine.beatId}`).toBeGreaterThan(0);
      expect(engine.turn).toBeLessThan(scenario.flow.maxTurns);
      for (const edge of edges)
        expect(graph.states.get(edge.to)!.engine.turn).toBe(engine.turn + 1);
    }
  });

  it('offers the safety action in every unfinished state, leading to the safe ending', () => {
    for (const { engine, edges } of states) {
      if (engine.ending) continue;
      const withdraw = edges.find((e) => e.event.type === 'learner.withdraw');
      expect(withdraw).toBeDefined();
      expect(graph.states.get(withdraw!.to)!.engine.ending?.kind).toBe('withdrew-safely');
    }
  });

  it('plays the shortest path to every ending through the machine, saving each turn before moving on', async () => {
    const paths = getShortestPaths(conversationLogic(scenario), {
      events: (s: ConversationSnapshot) => learnerEvents(scenario, s.context),
      serializeState: (s: ConversationSnapshot) =>
        // Beat and mood: an ending some beat only leads to in one mood is still found.
        s.context.ending ? `end:${s.context.ending.id}` : `${s.context.beatId}|${s.context.mood}`,
    });
    const ended = paths.filter((p) => p.state.context.ending);
    expect(new Set(ended.map((p) => p.state.context.ending!.id))).toEqual(
      new Set(Object.keys(scenario.endings)),
    );
    const empty = await makeLog(scenario, []);
    for (const path of ended) {
      const actor = createActor(inMemory, { input: { scenario, log: empty } }).start();
      let at = empty.header.startedAt;
      for (const step of path.steps) {
        const event = step.event as SessionEvent;
        if ((event.type as string) === 'xstate.init') continue;
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
      const played = path.steps
        .map((st) => st.event as SessionEvent)
        .filter((e) => (e.type as string) !== 'xstate.init');
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
