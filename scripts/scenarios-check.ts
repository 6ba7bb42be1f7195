/**
 * npm run scenarios:check [--json] [files or folders…]
 * Validates scenario files and reports on each (report-sections.ts: the walk of every path, …).
 * Exits non-zero on any error, naming the file. With no arguments it checks every .yaml file
 * directly in scenarios/.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkScenarioFiles, type FileReport } from './check/check-scenario-files';
import { REPORT_SECTIONS } from './check/report-sections';
import { loadFrameworkFiles } from './load-frameworks';

function scenarioFiles(args: string[]): string[] {
  const targets = args.length > 0 ? args : ['scenarios'];
  return targets.flatMap((target) => {
    let isFolder = false;
    try {
      isFolder = statSync(target).isDirectory();
    } catch {
      // reported as unreadable when it is read
    }
    if (!isFolder) return [target];
    return readdirSync(target)
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort()
      .map((f) => join(target, f));
  });
}

function printText(r: FileReport): void {
  console.log(`${r.ok ? '✓' : '✗'} ${r.file}${r.id ? ` (${r.id})` : ''}`);
  for (const line of r.lines) console.log(`  ${line}`);
  for (const e of r.errors) console.log(`  error: ${e}`);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = scenarioFiles(args.filter((a) => a !== '--json'));
let frameworkIds: string[] = [];
try {
  frameworkIds = loadFrameworkFiles().map((f) => f.id);
} catch (e) {
  // Scenarios name frameworks, so without them the check would only mislead.
  console.error(
    `Cannot check scenarios: the criteria frameworks do not load.\n${(e as Error).message}`,
  );
  process.exit(1);
}
const reports = checkScenarioFiles(files, REPORT_SECTIONS, { frameworkIds });
if (json) {
  const objects = reports.map(({ lines: _lines, json: fields, ...r }) => ({ ...r, ...fields }));
  console.log(JSON.stringify(objects, null, 2));
} else {
  reports.forEach(printText);
  const failed = reports.filter((r) => !r.ok);
  console.log(
    failed.length === 0
      ? `\nAll ${reports.length} scenario files passed.`
      : `\n${failed.length} of ${reports.length} scenario files failed: ${failed.map((r) => r.file).join(', ')}`,
  );
}
if (files.length === 0) {
  console.error('No scenario files found.');
  process.exitCode = 1;
}
if (reports.some((r) => !r.ok)) process.exitCode = 1;
