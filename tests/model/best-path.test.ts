/**
 * The model answer scores highest: for every built-in scenario, the debrief's best path (the best
 * response available at every turn) scores at least as well as any other path on every framework
 * the scenario names. Checked on every path for a scenario small enough, and otherwise on every path
 * within two deviations of the best one plus a few hundred random paths; `npm run
 * scenarios:best-path` checks every path of every scenario exhaustively.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestPath } from '../../src/domain/analysis/best-path';
import { applyEvent, initialState, learnerEvents } from '../../src/domain/escalation/engine';
import type { SessionEvent } from '../../src/domain/session/events';
import { builtInScenarios } from '../support/built-in-scenarios';
import {
  allPaths,
  describePath,
  frameworksOf,
  nearBestPaths,
  pathScores,
  pathStatuses,
  sharedScores,
} from '../../scripts/path-scores';

const EXHAUSTIVE_UP_TO = 2_000;
/** Scoring hundreds of paths takes seconds, more on a busy machine. */
const SLOW = 120_000;

describe.each(builtInScenarios().map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  const frameworks = frameworksOf(scenario);
  const model = bestPath(scenario);
  const modelStatuses = pathStatuses(scenario, model, frameworks);

  const expectNoBetter = (path: readonly SessionEvent[]) => {
    const statuses = pathStatuses(scenario, path, frameworks);
    frameworks.forEach((f, i) => {
      const [other, best] = sharedScores(statuses[i]!, modelStatuses[i]!);
      expect(
        other,
        `${f.id}: ${describePath(path)} scores ${other}, the best path (${describePath(model)}) ${best}, on the criteria both could show`,
      ).toBeLessThanOrEqual(best);
    });
  };

  it('names frameworks, and its best path credits something on each one a simulation can evidence', () => {
    expect(frameworks.length).toBe(scenario.frameworks.length);
    const scores = pathScores(scenario, model, frameworks);
    frameworks.forEach((f, i) => {
      const simulable = f.criteria.some((c) => c.shownBy && c.evidence === 'performance');
      if (simulable) expect(scores[i], f.id).toBeGreaterThan(0);
    });
  });

  it(
    'no path within two deviations of the best path scores better on any framework',
    () => {
      const near = nearBestPaths(scenario, 2);
      expect(near.length).toBeGreaterThan(20);
      near.forEach(expectNoBetter);
    },
    SLOW,
  );

  it(
    'no random path scores better on any framework (seeded)',
    () => {
      fc.assert(
        fc.property(fc.array(fc.nat(), { minLength: 30, maxLength: 30 }), (choices) => {
          const path: SessionEvent[] = [];
          let state = initialState(scenario);
          for (const c of choices) {
            if (state.ending) break;
            const options = learnerEvents(scenario, state);
            // The safety action is one option in five at most, so random paths get past turn 1.
            const event = options[c % (options.length - 1 || 1)]!;
            path.push(event);
            state = applyEvent(scenario, state, event);
          }
          if (state.ending) expectNoBetter(path);
        }),
        { numRuns: 300, seed: 20261201 },
      );
    },
    SLOW,
  );

  it(
    'no path at all scores better, where the scenario is small enough to walk them all',
    () => {
      const every = allPaths(scenario, EXHAUSTIVE_UP_TO);
      if (every === null) return; // too many to score here: npm run scenarios:best-path walks them
      expect(every.length).toBeGreaterThan(0);
      every.forEach(expectNoBetter);
    },
    SLOW,
  );
});
