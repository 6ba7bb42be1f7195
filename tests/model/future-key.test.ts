/**
 * futureKeys may merge two states only if they behave identically from then on. That holds when it
 * is a bisimulation: states with one key, sent the same event, lead to states with one key again
 * (mood and ending are in the key, so they agree too). Checked over every reachable state of several
 * scenarios, each kept apart by everything the engine can read of it (the "fine" key), so states the
 * future key merges really meet here.
 */
import { describe, expect, it } from 'vitest';
import { scenarioSchema, type Scenario } from '../../src/domain/scenario/schema';
import { bigScenarioInput, tightLoopScenarioInput } from '../../src/test-util/big-scenario';
import { fakeScenario } from '../../src/test-util/fake-scenario';
import { builtInScenarios } from '../support/built-in-scenarios';
import { applyEvent, initialState, learnerEvents } from '../../src/domain/escalation/engine';
import { futureKeys } from '../../src/domain/escalation/future-key';
import type { EngineState } from '../../src/domain/escalation/types';

/** Everything applyEvent reads: all of the state but the history, and the last turn's techniques. */
const fineKey = (s: EngineState) =>
  JSON.stringify([
    s.beatId,
    s.tension,
    s.mood,
    s.turn,
    s.promised,
    s.ending?.id ?? null,
    Object.entries(s.runs).sort(),
    s.history.at(-1)?.effect.techniques ?? [],
  ]);

function reachableStates(scenario: Scenario): EngineState[] {
  const seen = new Map<string, EngineState>();
  const queue = [initialState(scenario)];
  for (let state = queue.pop(); state; state = queue.pop()) {
    const key = fineKey(state);
    if (seen.has(key)) continue;
    seen.set(key, state);
    for (const e of learnerEvents(scenario, state)) {
      const next = applyEvent(scenario, state, e);
      queue.push({ ...next, history: next.history.slice(-1) });
    }
  }
  return [...seen.values()];
}

const scenarios: [string, Scenario][] = [
  ['the fake scenario', fakeScenario()],
  ['a tight loop', scenarioSchema.parse(tightLoopScenarioInput(12))],
  ['an 8-beat chain', scenarioSchema.parse(bigScenarioInput({ beats: 8, maxTurns: 10 }))],
  ...builtInScenarios().map((s): [string, Scenario] => [s.id, s]),
];

describe.each(scenarios)('futureKeys over every state of %s', (_name, scenario) => {
  it('merges only states whose successors merge too, event by event', () => {
    const futureKey = futureKeys(scenario);
    const groups = new Map<string, EngineState[]>();
    for (const s of reachableStates(scenario)) {
      const key = futureKey(s);
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    const merged = [...groups.values()].filter((g) => g.length > 1);
    expect(merged.length, 'no two states merged: the test would prove nothing').toBeGreaterThan(0);
    for (const [first, ...rest] of merged) {
      const events = learnerEvents(scenario, first!);
      const expected = events.map((e) => futureKey(applyEvent(scenario, first!, e)));
      for (const other of rest) {
        expect(learnerEvents(scenario, other)).toEqual(events);
        expect(events.map((e) => futureKey(applyEvent(scenario, other, e)))).toEqual(expected);
      }
    }
  });
});
