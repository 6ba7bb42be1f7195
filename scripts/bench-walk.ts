/**
 * npm run bench:walk — how long scenarios:check takes and how much memory it needs, on the built-in
 * scenarios together and on generated large ones (the 24 beats × 24 turns, 19 × 21, 14 × 29
 * and a tight loop at 30 turns). Each case runs in a fresh process, as the command does; the figures
 * are that whole process (start-up included): wall-clock seconds, CPU seconds (all threads, the
 * garbage collector's included; steadier than wall-clock on a shared machine) and peak resident
 * memory. Prints figures; never fails on timing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigScenarioInput, tightLoopScenarioInput } from '../src/test-util/big-scenario';
import { builtInFiles } from '../tests/support/built-in-scenarios';
import { checkScenarioFiles } from './check/check-scenario-files';
import { REPORT_SECTIONS } from './check/report-sections';
import { loadFrameworkFiles } from './load-frameworks';

interface Figures {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  ok: boolean;
  states: number;
  paths: string;
}

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** In the child: check the files, then report this process's own figures. */
function child(files: string[]): void {
  const frameworkIds = loadFrameworkFiles().map((f) => f.id);
  const reports = checkScenarioFiles(files, REPORT_SECTIONS, { frameworkIds });
  const figures: Figures = {
    seconds: process.uptime(),
    cpuSeconds: cpuSeconds(),
    peakMB: process.resourceUsage().maxRSS / 1024,
    ok: reports.every((r) => r.ok),
    states: reports.reduce((n, r) => n + Number(r.json.states ?? 0), 0),
    paths: reports.map((r) => String(r.json.paths)).join(' + '),
  };
  console.log(JSON.stringify(figures));
}

function measure(files: string[]): Figures {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench-walk.ts', '--child', ...files],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as Figures;
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-bench-walk-'));
  try {
    const write = (name: string, scenario: unknown) => {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, JSON.stringify(scenario));
      return file;
    };
    const cases: [string, string[]][] = [
      ['the built-in scenarios together', builtInFiles()],
      ...(
        [
          [24, 24],
          [19, 21],
          [14, 29],
        ] as const
      ).map(([beats, maxTurns]): [string, string[]] => [
        `${beats} beats × ${maxTurns} turns`,
        [write(`big-${beats}-${maxTurns}`, bigScenarioInput({ beats, maxTurns }))],
      ]),
      ['a tight loop at 30 turns', [write('tight-loop', tightLoopScenarioInput(30))]],
    ];
    console.log(
      'case'.padEnd(34),
      'seconds'.padStart(8),
      'CPU s'.padStart(7),
      'peak MB'.padStart(8),
      'states'.padStart(9),
      ' paths',
    );
    for (const [name, files] of cases) {
      const f = measure(files);
      console.log(
        name.padEnd(34),
        f.seconds.toFixed(2).padStart(8),
        f.cpuSeconds.toFixed(2).padStart(7),
        f.peakMB.toFixed(0).padStart(8),
        f.states.toLocaleString('en-GB').padStart(9),
        ` ${f.paths}${f.ok ? '' : '  (FAILED the check)'}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') child(args.slice(1));
else main();
