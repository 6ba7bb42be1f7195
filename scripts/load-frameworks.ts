/**
 * Node-only helper for scripts and tests: reads every criteria framework file from disk and validates
 * it with parseFramework. Lives in scripts/ so the domain core stays free of Node APIs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFramework, type Framework } from '../src/domain/scoring/framework-schema';

/**
 * Loads and validates every `.yaml` file in `dir` (sorted by file name). Problems from all files are
 * collected and thrown together, one line per problem, so a single run reports everything.
 */
export function loadFrameworkFiles(dir = 'scenarios/frameworks'): Framework[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const frameworks: Framework[] = [];
  const problems: string[] = [];
  for (const name of files) {
    const file = join(dir, name);
    try {
      frameworks.push(parseFramework(readFileSync(file, 'utf8'), file));
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return frameworks;
}
