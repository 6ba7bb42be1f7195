/**
 * Node-only: loads a set of scenario files together, as the checker, the build and the snapshot
 * script do — each file read safely and validated on its own, so one bad file never hides the
 * others, and then the set checked for ids used twice.
 */
import {
  loadScenario,
  type LoadOptions,
  type LoadResult,
} from '../src/domain/scenario/load-scenario';
import type { Scenario } from '../src/domain/scenario/schema';
import { duplicateIdErrors } from '../src/domain/scenario/unique-ids';
import { readScenarioFile } from './read-scenario-file';

export interface ScenarioFile {
  /** Where it is on disk. */
  path: string;
  /** How messages name it. */
  shownAs: string;
}

export type LoadedFile = ScenarioFile & { result: LoadResult };

export function loadScenarioFiles(
  files: readonly ScenarioFile[],
  options: LoadOptions = {},
): LoadedFile[] {
  const loaded = files.map((f): LoadedFile => {
    const read = readScenarioFile(f.path, f.shownAs);
    return {
      ...f,
      result: read.ok
        ? loadScenario(read.source, f.shownAs, options)
        : { ok: false, errors: [read.error] },
    };
  });
  const duplicates = duplicateIdErrors(
    loaded.flatMap((f) => (f.result.ok ? [{ file: f.shownAs, id: f.result.scenario.id }] : [])),
  );
  return loaded.map((f) => {
    const error = duplicates.get(f.shownAs);
    return error ? { ...f, result: { ok: false, errors: [error] } } : f;
  });
}

/** The scenarios of every file, or one Error listing every problem of every file, one a line. */
export function loadScenarioFilesOrThrow(
  files: readonly ScenarioFile[],
  options: LoadOptions = {},
): (ScenarioFile & { scenario: Scenario })[] {
  const loaded = loadScenarioFiles(files, options);
  const errors = loaded.flatMap((f) => (f.result.ok ? [] : f.result.errors));
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return loaded.flatMap((f) =>
    f.result.ok ? [{ path: f.path, shownAs: f.shownAs, scenario: f.result.scenario }] : [],
  );
}
