/** The report's surface tells: whether a habit that never reads the options finds the best one. */
import { surfaceTells, tellProblem } from '../../src/domain/analysis/surface-tells';
import { replay } from '../../src/domain/session/replay';
import type { ReportSection } from './report-section';

const pValue = (p: number) => (p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`);

export const surfaceTellsSection: ReportSection = {
  name: 'the surface tells',
  run({ scenario, graph }) {
    // Decision points are a beat in a mood, judged at the first state found there; only those
    // states are rebuilt in full (replaying the path to them), not every state of the walk.
    const g = graph();
    const firstAt = new Map<string, number>();
    g.states.forEach((s, i) => {
      const point = `${s.beatId}|${s.mood}`;
      if (!s.ending && !firstAt.has(point)) firstAt.set(point, i);
    });
    const states = [...firstAt.values()].map((i) => replay(scenario, g.pathTo(i)));
    const tells = surfaceTells(scenario, states);
    const first = tells[0];
    return {
      errors: tells.filter((t) => t.tell).map(tellProblem),
      lines: first
        ? [
            `surface tells over ${first.points} decision points (best response found by chance ≈ ${first.chance}):`,
            ...tells.map((t) => `  ${t.tell ? '✗' : '✓'} ${t.label}: ${t.hits} (p ${pValue(t.p)})`),
          ]
        : [],
      json: { tells },
    };
  },
};
