/**
 * Merging states must not change what a walk finds. Small scenarios are walked both ways — every
 * event sequence enumerated through the engine with nothing merged, and the merged graph — and must
 * agree on the paths themselves (same sequences, same order), their count and lengths, and which
 * beats, endings and moods are reached.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, initialState, learnerEvents } from '../domain/escalation/engine';
import type { EngineState } from '../domain/escalation/types';
import { scenarioSchema, type Scenario } from '../domain/scenario/schema';
import type { SessionEvent } from '../domain/session/events';
import { bigScenarioInput, tightLoopScenarioInput } from '../test-util/big-scenario';
import { fakeScenario } from '../test-util/fake-scenario';
import { completePathArb } from '../test-util/path-arb';
import { allPaths, measurePaths, pathAt } from './graph-paths';
import { buildStateGraph } from './state-graph';
import { walkScenario } from './walk-scenario';

/** Every complete path, by brute force: no merging, every state with its whole history. */
function bruteForce(scenario: Scenario) {
  const paths: SessionEvent[][] = [];
  const beats = new Set<string>();
  const endings = new Set<string>();
  const moods = new Set<string>();
  const go = (state: EngineState, trail: SessionEvent[]) => {
    moods.add(state.mood);
    if (state.ending) {
      endings.add(state.ending.id);
      paths.push(trail);
      return;
    }
    beats.add(state.beatId);
    for (const e of learnerEvents(scenario, state))
      go(applyEvent(scenario, state, e), [...trail, e]);
  };
  go(initialState(scenario), []);
  return { paths, beats, endings, moods };
}

const small: [string, Scenario][] = [
  ['the fake scenario', fakeScenario()],
  ['a tight loop at 7 turns', scenarioSchema.parse(tightLoopScenarioInput(7))],
  ['a 4-beat chain at 6 turns', scenarioSchema.parse(bigScenarioInput({ beats: 4, maxTurns: 6 }))],
];

describe.each(small)('the merged walk of %s', (_name, scenario) => {
  const brute = bruteForce(scenario);
  const graph = buildStateGraph(scenario);
  const measures = measurePaths(graph);

  it('merges states (else it proves nothing) and finds the same paths, in pathAt order', () => {
    expect(graph.states.length).toBeLessThan(brute.paths.length);
    expect(measures.paths[0]).toBe(BigInt(brute.paths.length));
    expect([...allPaths(graph)]).toEqual(brute.paths);
    brute.paths.forEach((p, i) => expect(pathAt(graph, measures, BigInt(i))).toEqual(p));
    expect(() => pathAt(graph, measures, BigInt(brute.paths.length))).toThrow(RangeError);
  });

  it('reports the same reach, moods and lengths', () => {
    const report = walkScenario(scenario);
    const lengths = brute.paths.map((p) => p.length);
    expect(report.paths).toBe(BigInt(brute.paths.length));
    expect(report.minTurns).toBe(Math.min(...lengths));
    expect(report.maxTurns).toBe(Math.max(...lengths));
    expect(new Set(report.beats.filter((b) => b.reachable).map((b) => b.id))).toEqual(brute.beats);
    expect(new Set(report.endings.filter((e) => e.reachable).map((e) => e.id))).toEqual(
      brute.endings,
    );
    expect(new Set(report.moods)).toEqual(brute.moods);
  });
});

describe('path counts beyond Number.MAX_SAFE_INTEGER', () => {
  const scenario = scenarioSchema.parse(tightLoopScenarioInput(30));
  const graph = buildStateGraph(scenario);
  const measures = measurePaths(graph);

  it('are exact: each state has as many paths as its successors together', () => {
    expect(measures.paths[0]!).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    graph.states.forEach((s, i) => {
      if (s.ending) return;
      const sum = graph.successors(i).reduce((n, to) => n + measures.paths[to]!, 0n);
      expect(measures.paths[i]).toBe(sum);
    });
  });

  it('can be sampled uniformly: any index gives a complete path the engine plays to an ending', () => {
    fc.assert(
      fc.property(completePathArb(scenario), (events) => {
        let state = initialState(scenario);
        for (const e of events) state = applyEvent(scenario, state, e);
        expect(state.ending).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
