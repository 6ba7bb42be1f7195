/**
 * Checks a set of scenario files: each is read, validated and reported on by every report section,
 * on its own — a file that is broken, or that makes a section fail unexpectedly, gets its one-line
 * errors and the rest are still checked — and ids used by two files fail both.
 */
import type { LoadOptions } from '../../src/domain/scenario/load-scenario';
import { buildStateGraph, type StateGraph } from '../../src/machines/state-graph';
import { loadScenarioFiles } from '../load-scenario-files';
import type { ReportSection } from './report-section';

export interface FileReport {
  file: string;
  /** The scenario's id, once it has loaded. */
  id: string | null;
  ok: boolean;
  /** One line each: `<file>: <place>: <what> — <what to do>`. */
  errors: string[];
  /** The sections' text lines, in order. */
  lines: string[];
  /** The sections' JSON fields. */
  json: Record<string, unknown>;
}

export function checkScenarioFiles(
  files: readonly string[],
  sections: readonly ReportSection[],
  options: LoadOptions = {},
): FileReport[] {
  return loadScenarioFiles(
    files.map((f) => ({ path: f, shownAs: f })),
    options,
  ).map(({ shownAs: file, result }): FileReport => {
    if (!result.ok)
      return { file, id: null, ok: false, errors: result.errors, lines: [], json: {} };
    const report: FileReport = {
      file,
      id: result.scenario.id,
      ok: true,
      errors: [],
      lines: [],
      json: {},
    };
    const { scenario } = result;
    let graph: StateGraph | undefined;
    const input = { scenario, graph: () => (graph ??= buildStateGraph(scenario)) };
    for (const section of sections) {
      try {
        const r = section.run(input);
        report.errors.push(...r.errors.map((e) => `${file}: ${e}`));
        report.lines.push(...r.lines);
        Object.assign(report.json, r.json);
      } catch (e) {
        report.errors.push(
          `${file}: ${section.name} failed (${String(e).split('\n')[0]}) — this is a bug in the checker; please report it with the file`,
        );
      }
    }
    report.ok = report.errors.length === 0;
    return report;
  });
}
