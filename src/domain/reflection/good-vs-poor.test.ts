/**
 * The "done when": for a good and a poor session of the same scenario, the criteria matrix
 * and the reflective draft differ the way an assessor expects. The good session is the best
 * available response at every turn; the poor one the worst (most poor techniques, most tension).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { loadFrameworkFiles } from '../../../scripts/load-frameworks';
import { builtInScenarios } from '../../../tests/support/built-in-scenarios';
import { scoreSession } from '../scoring/score-session';
import { fakeScenario } from '../../test-util/fake-scenario';
import { bestSession, session, worstSession } from '../../test-util/sessions';
import { draftReflection } from './draft-reflection';
import { toPlainText } from './plain-text';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const frameworks = new Map(
  loadFrameworkFiles(path.join(root, 'scenarios', 'frameworks')).map((f) => [f.id, f]),
);
const scenarios = [
  fakeScenario((s) => void (s.frameworks = ['btec-l2-unit7-conflict'])),
  ...builtInScenarios(),
];

describe.each(scenarios.map((s) => [s.id, s] as const))(
  'good and poor sessions of %s',
  (_id, scenario) => {
    const good = session(bestSession(scenario));
    const poor = session(worstSession(scenario));

    it('evidences at least one framework', () => {
      expect(scenario.frameworks.length).toBeGreaterThan(0);
      for (const id of scenario.frameworks) expect(frameworks.has(id)).toBe(true);
    });

    it.each(scenario.frameworks)(
      '%s: the good matrix credits more, the poor one credits nothing',
      (id) => {
        const framework = frameworks.get(id)!;
        const g = scoreSession(scenario, good, framework);
        const p = scoreSession(scenario, poor, framework);
        const credited = (a: typeof g) => a.counts.demonstrated + a.counts['partly-demonstrated'];
        expect(credited(p)).toBe(0);
        if (framework.criteria.some((c) => c.evidence === 'performance' && c.simulation)) {
          expect(g.counts.demonstrated).toBeGreaterThan(0);
          expect(p.counts['not-demonstrated']).toBeGreaterThan(g.counts['not-demonstrated']);
        }
        // Whatever the session, other evidence is needed for the same (knowledge and non-simulation)
        // criteria; beyond them, only for criteria this session gave no occasion to show.
        const noOccasion = /^Needs other evidence: this session gave no occasion/;
        const other = (a: typeof g) =>
          a.criteria
            .filter((c) => c.status === 'needs-other-evidence' && !noOccasion.test(c.rationale))
            .map((c) => c.code);
        expect(other(p)).toEqual(other(g));
      },
    );

    it('the good draft names strengths; the poor one quotes the poor turns and the better responses', () => {
      const framework = frameworks.get(scenario.frameworks[0]!)!;
      const gAssessment = scoreSession(scenario, good, framework);
      const pAssessment = scoreSession(scenario, poor, framework);
      const g = toPlainText(draftReflection(gAssessment, scenario));
      const p = toPlainText(draftReflection(pAssessment, scenario));
      expect(g).toMatch(/It worked: tension fell/);
      expect(g).toContain('At every turn I chose the best response available');
      expect(g).not.toContain('a better response was available');
      expect(p).toContain('none of my responses lowered');
      for (const w of pAssessment.analysis.madeWorse)
        expect(p).toContain(`“${w.text}” (turn ${w.turn}), that was`);
      // The action plan takes up to three turns where a better response was available, each with its exact text.
      const better = pAssessment.analysis.alternatives.filter((a) => a.betterAvailable);
      expect(better.length).toBeGreaterThan(0);
      const cited = better.filter((x) =>
        p.includes(`(turn ${x.turn}), a better response was available: “${x.best!.text}”`),
      );
      expect(cited.length).toBe(Math.min(3, better.length));
      expect(p.split('a better response was available').length - 1).toBe(cited.length);
    });
  },
);
