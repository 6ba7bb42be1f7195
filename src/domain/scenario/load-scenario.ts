/**
 * Loads one scenario file: YAML → format check → schema → links. Every problem is reported with the
 * file, the path inside it and the line, so an author can fix the file without guessing. Runs at
 * build time and in `npm run scenarios:check`; the app ships the validated JSON, not this code.
 */
import { LineCounter, isNode } from 'yaml';
import { checkLinks } from './check-links';
import { formatIssue, type LoadIssue } from './data-path';
import { SCENARIO_FORMAT, scenarioSchema, type Scenario } from './schema';
import { parseScenarioYaml } from './parse-yaml';
import { explainZodIssue } from './zod-issues';

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

export interface LoadOptions {
  /** Ids of the known criteria frameworks; when given, a scenario naming another is refused. */
  frameworkIds?: readonly string[];
}

export function loadScenario(source: string, file: string, options: LoadOptions = {}): LoadResult {
  const lineCounter = new LineCounter();
  const parsed = parseScenarioYaml(source, file, lineCounter);
  if (!parsed.ok) return parsed;
  const { doc, data } = parsed;
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const fail = (issues: LoadIssue[]): LoadResult => ({
    ok: false,
    errors: issues.map((i) => formatIssue(file, { ...i, line: i.line ?? lineOf(i.path) })),
  });

  const formatProblem = checkFormat(data);
  if (formatProblem) return fail([formatProblem]);

  const valid = scenarioSchema.safeParse(data);
  if (!valid.success) return fail(valid.error.issues.flatMap((i) => explainZodIssue(i, data)));

  const linkIssues = checkLinks(valid.data, options.frameworkIds);
  if (linkIssues.length > 0) return fail(linkIssues);
  return { ok: true, scenario: valid.data };
}

/** Refuses files from a newer or unknown format version before the schema sees them (inkjs does the same). */
function checkFormat(data: unknown): LoadIssue | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      path: [],
      message: 'a scenario file must be a YAML map of fields (format, id, title, …)',
    };
  }
  const format = (data as Record<string, unknown>).format;
  if (format === undefined) {
    return {
      path: ['format'],
      message: `missing; add \`format: ${SCENARIO_FORMAT}\` at the top of the file`,
    };
  }
  if (typeof format === 'number' && Number.isInteger(format) && format > SCENARIO_FORMAT) {
    return {
      path: ['format'],
      message: `format ${format} is newer than this version of Defuse understands (it reads format ${SCENARIO_FORMAT}); update Defuse to load this file`,
    };
  }
  if (format !== SCENARIO_FORMAT) {
    return {
      path: ['format'],
      message: `unknown format ${JSON.stringify(format)}; this version of Defuse reads format ${SCENARIO_FORMAT}`,
    };
  }
  return undefined;
}

/** Loads or throws one Error listing every problem (for build tools and tests). */
export function loadScenarioOrThrow(
  source: string,
  file: string,
  options: LoadOptions = {},
): Scenario {
  const result = loadScenario(source, file, options);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}
