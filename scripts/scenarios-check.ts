/**
 * npm run scenarios:check [--json] [files or folders…]
 * Validates scenario files and walks every path of each one's machine. Exits non-zero on any error,
 * naming the file. With no arguments it checks every .yaml file directly in scenarios/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../src/domain/scenario/load-scenario';
import { surfaceTells, tellProblem, type TellReport } from '../src/domain/analysis/surface-tells';
import { buildGraph, walkScenario, type ScenarioReport } from '../src/machines/walk-scenario';
import { loadFrameworkFiles } from './load-frameworks';

interface FileReport {
  file: string;
  id: string | null;
  ok: boolean;
  errors: string[];
  beats?: ScenarioReport['beats'];
  responses?: ScenarioReport['responses'];
  endings: ScenarioReport['endings'];
  moods: ScenarioReport['moods'];
  states: number;
  paths: number;
  minTurns: number;
  maxTurns: number;
  /** How well each surface policy (position, length, sentences) finds the best response. */
  tells: TellReport[];
}

function scenarioFiles(args: string[]): string[] {
  const targets = args.length > 0 ? args : ['scenarios'];
  return targets.flatMap((target) => {
    let stat;
    try {
      stat = statSync(target);
    } catch {
      return [target]; // reported as unreadable below
    }
    if (!stat.isDirectory()) return [target];
    return readdirSync(target)
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort()
      .map((f) => join(target, f));
  });
}

function checkFile(file: string): FileReport {
  const empty = {
    endings: [],
    moods: [],
    states: 0,
    paths: 0,
    minTurns: 0,
    maxTurns: 0,
    tells: [],
  };
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    return {
      file,
      id: null,
      ok: false,
      errors: [`${file}: cannot read the file (${(e as Error).message})`],
      ...empty,
    };
  }
  const loaded = loadScenario(source, file, { frameworkIds });
  if (!loaded.ok) return { file, id: null, ok: false, errors: loaded.errors, ...empty };
  const report = walkScenario(loaded.scenario);
  const states = [...buildGraph(loaded.scenario).states.values()].map((s) => s.engine);
  const tells = surfaceTells(loaded.scenario, states);
  const errors = [...report.errors, ...tells.filter((t) => t.tell).map(tellProblem)].map(
    (e) => `${file}: ${e}`,
  );
  return {
    file,
    id: report.id,
    ok: errors.length === 0,
    errors,
    beats: report.beats,
    responses: report.responses,
    endings: report.endings,
    moods: report.moods,
    states: report.states,
    paths: report.paths,
    minTurns: report.minTurns,
    maxTurns: report.maxTurns,
    tells,
  };
}

function printText(r: FileReport): void {
  console.log(`${r.ok ? '✓' : '✗'} ${r.file}${r.id ? ` (${r.id})` : ''}`);
  if (r.beats) {
    const reach = (list: { reachable: boolean }[]) =>
      `${list.filter((x) => x.reachable).length}/${list.length} reachable`;
    console.log(`  beats: ${r.beats.length} (${reach(r.beats)})`);
    console.log(`  responses: ${r.responses?.length ?? 0} (${reach(r.responses ?? [])})`);
    console.log(
      `  endings: ${r.endings.map((e) => `${e.id} [${e.kind}] ${e.reachable ? 'reachable' : 'UNREACHABLE'}`).join(', ')}`,
    );
    console.log(`  moods reached: ${r.moods.join(', ')}`);
    console.log(
      `  paths: ${r.paths} (over ${r.states} distinct states); shortest ${r.minTurns} turns, longest ${r.maxTurns} turns`,
    );
  }
  if (r.tells.length) {
    const points = r.tells[0]!.points;
    console.log(
      `  surface tells over ${points} decision points (best response found by chance ≈ ${r.tells[0]!.chance}):`,
    );
    for (const t of r.tells)
      console.log(
        `    ${t.tell ? '✗' : '✓'} ${t.label}: ${t.hits} (p ${t.p < 0.001 ? '< 0.001' : `= ${t.p.toFixed(3)}`})`,
      );
  }
  for (const e of r.errors) console.log(`  error: ${e}`);
}

const frameworkIds = loadFrameworkFiles().map((f) => f.id);
const args = process.argv.slice(2);
const json = args.includes('--json');
const files = scenarioFiles(args.filter((a) => a !== '--json'));
const reports = files.map(checkFile);
if (json) console.log(JSON.stringify(reports, null, 2));
else {
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
