import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../../tests/support/built-in-scenarios';
import { makeLog } from '../../test-util/make-log';
import { trace } from '../session/trace';
import { initialState } from './engine';
import { shownOrder } from './shown-order';

const scenarios = builtInScenarios();

describe('the order responses are offered in', () => {
  it('is a permutation of the beat’s responses, the same every time for the same seed', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: scenarios.length - 1 }), (seed, i) => {
        const scenario = scenarios[i]!;
        const state = initialState(scenario);
        const order = shownOrder(scenario, state, seed);
        const ids = scenario.beats[state.beatId]!.responses.map((r) => r.id);
        expect([...order].sort()).toEqual([...ids].sort());
        expect(shownOrder(scenario, state, seed)).toEqual(order);
      }),
    );
  });

  it('puts each response first about as often as any other across sessions', () => {
    for (const scenario of scenarios) {
      const state = initialState(scenario);
      const ids = scenario.beats[state.beatId]!.responses.map((r) => r.id);
      const firsts = new Map<string, number>();
      const runs = 2_000;
      for (let n = 0; n < runs; n++) {
        const first = shownOrder(scenario, state, `session-${n}`)[0]!;
        firsts.set(first, (firsts.get(first) ?? 0) + 1);
      }
      // Chance is runs / ids.length each; allow generous noise, but never "always the author's first".
      for (const id of ids) {
        const share = (firsts.get(id) ?? 0) / runs;
        expect(share, `${scenario.id}: ${id} first`).toBeGreaterThan(0.5 / ids.length);
        expect(share, `${scenario.id}: ${id} first`).toBeLessThan(1.5 / ids.length);
      }
    }
  });

  it('is checked on replay: a log claiming another order than its seed gives is a discrepancy', async () => {
    const scenario = scenarios[0]!;
    const first = scenario.beats[scenario.flow.start]!.responses[0]!.id;
    const log = await makeLog(scenario, [first], { optionSeed: 'seed-a' });
    expect(trace(scenario, log).discrepancies).toEqual([]);
    const entry = log.entries[0]!;
    const reordered = {
      ...log,
      entries: [{ ...entry, shown: [...(entry as { shown: string[] }).shown].reverse() }],
    };
    expect(trace(scenario, reordered).discrepancies).toContainEqual({
      seq: 1,
      message: expect.stringMatching(/^recorded options shown .*, replay gives /),
    });
  });
});
