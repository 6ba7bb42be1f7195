/** The report's walk of every path: what is reachable, the moods reached, paths and their lengths. */
import { reportOf } from '../../src/machines/walk-scenario';
import type { ReportSection } from './report-section';

const reach = (list: readonly { reachable: boolean }[]) =>
  `${list.filter((x) => x.reachable).length}/${list.length} reachable`;

export const pathsSection: ReportSection = {
  name: 'the walk of every path',
  run({ graph }) {
    const r = reportOf(graph());
    return {
      errors: r.errors,
      lines: [
        `beats: ${r.beats.length} (${reach(r.beats)})`,
        `responses: ${r.responses.length} (${reach(r.responses)})`,
        `endings: ${r.endings.map((e) => `${e.id} [${e.kind}] ${e.reachable ? 'reachable' : 'UNREACHABLE'}`).join(', ')}`,
        `moods reached: ${r.moods.join(', ')}`,
        `paths: ${r.paths.toLocaleString('en-GB')} (over ${r.states.toLocaleString('en-GB')} distinct states); ` +
          `shortest ${r.minTurns} turns, longest ${r.maxTurns} turns`,
      ],
      json: {
        beats: r.beats,
        responses: r.responses,
        endings: r.endings,
        moods: r.moods,
        states: r.states,
        // Exact, so a decimal string: it outgrows Number.MAX_SAFE_INTEGER on a loop at 30 turns.
        paths: r.paths.toString(),
        minTurns: r.minTurns,
        maxTurns: r.maxTurns,
      },
    };
  },
};
