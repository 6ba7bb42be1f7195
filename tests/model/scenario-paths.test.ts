/**
 * Model-based tests: @xstate/graph walks every state of every built-in scenario's machine (bounded by
 * each scenario's turn limit) and the invariants are asserted in each one. Because every transition
 * adds a turn and no non-final state is a dead end, every path ends in a final state.
 */
import { getShortestPaths } from '@xstate/graph';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { moodMatchesTension } from '../../src/domain/escalation/mood';
import { replay } from '../../src/domain/session/replay';
import { escalationMachine } from '../../src/machines/escalation.machine';
import {
  buildGraph,
  learnerEvents,
  type EscalationSnapshot,
} from '../../src/machines/walk-scenario';
import { builtInScenarios } from '../support/built-in-scenarios';
import { fakeScenario } from '../../src/test-util/fake-scenario';

const scenarios = [fakeScenario(), ...builtInScenarios()];

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

  it('shows the engine’s mood as the machine’s state and tags', () => {
    for (const { snapshot, engine } of states) {
      if (snapshot.status === 'done') continue;
      expect(snapshot.matches({ playing: engine.mood })).toBe(true);
      expect(snapshot.hasTag(`mood.${engine.mood}`)).toBe(true);
      expect(snapshot.hasTag('escalated')).toBe(engine.mood === 'aggressive');
    }
  });

  it('has no dead end, and every step takes a turn, so every path ends in a final state', () => {
    for (const { snapshot, engine, edges } of states) {
      if (snapshot.status === 'done') {
        expect(engine.ending).not.toBeNull();
        expect(snapshot.value).toBe(engine.ending!.kind);
        expect(snapshot.hasTag('ended')).toBe(true);
        continue;
      }
      expect(edges.length, `dead end at ${engine.beatId}`).toBeGreaterThan(0);
      expect(engine.turn).toBeLessThan(scenario.flow.maxTurns);
      for (const edge of edges)
        expect(graph.states.get(edge.to)!.engine.turn).toBe(engine.turn + 1);
    }
  });

  it('offers the safety action in every non-final state, leading to the safe ending', () => {
    for (const { snapshot } of states) {
      if (snapshot.status === 'done') continue;
      expect(snapshot.can({ type: 'learner.withdraw', at: null })).toBe(true);
      const after = escalationMachine.transition(
        snapshot,
        { type: 'learner.withdraw', at: null },
        undefined as never,
      );
      expect(after.value).toBe('withdrew-safely');
    }
  });

  it('reaches every ending, and replaying a path’s events rebuilds the machine’s state exactly', () => {
    const paths = getShortestPaths(escalationMachine, {
      input: { scenario },
      events: learnerEvents,
      serializeState: (s: EscalationSnapshot) =>
        s.status === 'done' ? `end:${s.context.engine.ending!.id}` : `${s.context.engine.beatId}`,
    });
    const endings = new Set(
      paths.filter((p) => p.state.status === 'done').map((p) => p.state.context.engine.ending!.id),
    );
    expect([...endings].sort()).toEqual(Object.keys(scenario.endings).sort());
    for (const path of paths) {
      const events = path.steps
        .map((s) => s.event)
        .filter((e) => (e.type as string) !== 'xstate.init');
      const actor = createActor(escalationMachine, { input: { scenario } }).start();
      events.forEach((e) => actor.send(e));
      expect(actor.getSnapshot().context.engine).toEqual(replay(scenario, events));
      expect(actor.getSnapshot().context.engine).toEqual(path.state.context.engine);
      // Resuming from the recorded events gives the same snapshot as having played them.
      const resumed = createActor(escalationMachine, { input: { scenario, events } }).start();
      expect(resumed.getSnapshot().value).toEqual(actor.getSnapshot().value);
    }
  });
});
