// Properties of the scorer over random valid sessions of the fake scenario and every built-in one.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { loadFrameworkFiles } from '../../../scripts/load-frameworks';
import { builtInScenarios } from '../../../tests/support/built-in-scenarios';
import { fakeScenario } from '../../test-util/fake-scenario';
import { sessionArb } from '../../test-util/sessions';
import type { SessionEvent } from '../session/events';
import { scoreSession } from './score-session';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const frameworks = loadFrameworkFiles(path.join(root, 'scenarios', 'frameworks'));
const scenarios = [fakeScenario(), ...builtInScenarios()];
const runs = { numRuns: 40 };

describe.each(scenarios.map((s) => [s.id, s] as const))(
  'scoring random sessions of %s',
  (_id, scenario) => {
    const arb = sessionArb(scenario);
    const assessAll = ({
      events,
      startedAt,
    }: {
      events: SessionEvent[];
      startedAt: number | null;
    }) =>
      frameworks.map((f) =>
        scoreSession(scenario, events, f, startedAt === null ? {} : { startedAt }),
      );

    it('is deterministic and JSON-safe: the same log gives a deep-equal assessment', () => {
      fc.assert(
        fc.property(arb, (s) => {
          const once = assessAll(s);
          expect(assessAll(s)).toEqual(once);
          expect(JSON.parse(JSON.stringify(once))).toEqual(once);
        }),
        runs,
      );
    });

    it('never credits a criterion without a turn cited for it', () => {
      fc.assert(
        fc.property(arb, (s) => {
          for (const a of assessAll(s))
            for (const c of a.criteria) {
              const credited = c.status === 'demonstrated' || c.status === 'partly-demonstrated';
              expect(
                credited
                  ? c.refs.some((r) => r.bearing === 'for')
                  : !c.refs.some((r) => r.bearing === 'for'),
              ).toBe(true);
              if (credited) expect(c.evidenceCodes).toEqual(['S']);
              if (c.status === 'not-demonstrated') expect(c.evidenceCodes).toEqual([]);
            }
        }),
        runs,
      );
    });

    it('cites only turns that exist, quoting each turn’s words exactly', () => {
      fc.assert(
        fc.property(arb, (s) => {
          for (const a of assessAll(s)) {
            const turns = a.analysis.turns;
            for (const c of a.criteria)
              for (const r of c.refs) {
                const t = turns[r.turn - 1];
                expect(t?.turn).toBe(r.turn);
                expect(r.text).toBe(t!.text);
                const response = scenario.beats[t!.beatId]!.responses.find(
                  (x) => x.id === t!.responseId,
                );
                expect(r.text).toBe(response?.text ?? 'Step back and get support.');
                expect([r.reaction.tensionBefore, r.reaction.tensionAfter]).toEqual([
                  t!.tensionBefore,
                  t!.tensionAfter,
                ]);
              }
          }
        }),
        runs,
      );
    });

    it('never credits knowledge, reflection or non-simulation criteria from performance', () => {
      fc.assert(
        fc.property(arb, (s) => {
          for (const [i, a] of assessAll(s).entries())
            for (const [j, c] of a.criteria.entries()) {
              const criterion = frameworks[i]!.criteria[j]!;
              if (criterion.evidence !== 'performance' || criterion.simulation === false) {
                expect(c.status).toBe('needs-other-evidence');
                expect(c.refs).toEqual([]);
              }
            }
        }),
        runs,
      );
    });

    it('keeps the analysis consistent with the log', () => {
      fc.assert(
        fc.property(arb, ({ events, startedAt }) => {
          const a = scoreSession(
            scenario,
            events,
            frameworks[0]!,
            startedAt === null ? {} : { startedAt },
          ).analysis;
          const turns = events.filter((e) => e.type !== 'tutor.override').length;
          expect(a.turns).toHaveLength(turns);
          expect(a.tension).toHaveLength(events.length + 1);
          expect(a.timing.map((t) => t.turn)).toEqual(a.turns.map((t) => t.turn));
          expect(a.alternatives).toHaveLength(turns);
          for (const e of a.adaptations)
            expect(a.moodShifts.some((m) => m.turn === e.turn)).toBe(true);
          for (const w of a.madeWorse) expect(w.delta).toBeGreaterThan(0);
          for (const x of a.alternatives) if (x.chosenIsBest) expect(x.betterAvailable).toBe(false);
        }),
        runs,
      );
    });
  },
);
