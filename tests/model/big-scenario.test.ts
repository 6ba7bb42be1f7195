/**
 * The walk stays bounded as scenarios grow (#10): the 24-beat, 24-turn scenario is walked
 * completely — no crash, no cap — and a walk that does meet the cap says so in one line instead of
 * throwing. Timing is for `npm run bench:walk`, not for a test on a shared machine.
 */
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/domain/scenario/schema';
import { walkScenario } from '../../src/machines/walk-scenario';
import { bigScenarioInput } from '../../src/test-util/big-scenario';

const big = scenarioSchema.parse(bigScenarioInput({ beats: 24, maxTurns: 24 }));

describe('a 24-beat scenario with 24 turns', { timeout: 120_000 }, () => {
  it('is walked completely: every beat, response and ending reached, paths counted exactly', () => {
    const report = walkScenario(big);
    expect(report.errors).toEqual([]);
    expect(report.beats).toHaveLength(24);
    expect(report.maxTurns).toBe(24);
    // Merging is what keeps it bounded: far more paths than states.
    expect(report.paths).toBeGreaterThan(1000n * BigInt(report.states));
  });

  it('is refused in one line, not a stack trace, when the states outgrow the cap', () => {
    const report = walkScenario(big, { maxStates: 5_000 });
    expect(report.errors).toEqual([
      'flow.maxTurns: the conversation has more than 5,000 distinct states, too many to walk — lower flow.maxTurns (now 24) or give fewer responses that loop back',
    ]);
  });
});
