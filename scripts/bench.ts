/**
 * npm run bench — builds the app, serves the build on 127.0.0.1 as `npm run preview` does, measures
 * everything issue #13 budgets, prints a table against the budget and writes bench/results.json.
 *
 *   npm run bench                       everything (about ten minutes on a 2-core machine)
 *   npm run bench -- --only size,latency   some sections: size lighthouse latency typing engine check assessor workspace
 *   npm run bench -- --no-build         measure the dist/ already built
 *   npm run bench -- --readme           also write the table into README.md (between its bench markers)
 *
 * It prints figures and never fails on them: this machine is shared, so a timing is a measurement,
 * not a test. Each section is in scripts/bench/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { measureAssessorScale, type ScaleResult } from './bench/assessor-scale';
import { measureWorkspace, type WorkspaceResult } from './bench/assessor-workspace';
import { measureEngine, type EngineResult } from './bench/engine';
import { measureLatency, type LatencyResult } from './bench/latency';
import { measureLighthouse, type LighthouseScreen } from './bench/lighthouse';
import { serveBuild } from './bench/serve';
import { FIRST_SCREEN_BUDGET_KB, measureSize, type SizeResult } from './bench/size';
import { measureTyping, type TypingResult } from './bench/typing';

const SECTIONS = [
  'size',
  'lighthouse',
  'latency',
  'typing',
  'engine',
  'check',
  'assessor',
  'workspace',
] as const;
type Section = (typeof SECTIONS)[number];

const args = process.argv.slice(2);
const only =
  args.find((a) => a.startsWith('--only'))?.split('=')[1] ?? args[args.indexOf('--only') + 1];
const wanted = new Set<Section>(
  args.includes('--only') || args.some((a) => a.startsWith('--only='))
    ? (only ?? '').split(',').map((s) => s.trim() as Section)
    : SECTIONS,
);
for (const s of wanted) if (!SECTIONS.includes(s)) throw new Error(`unknown section "${s}"`);

const log = (line: string) => console.error(line);

interface Results {
  measuredAt: string;
  machine: { cpus: number; loadAverage: number[] };
  size?: SizeResult;
  lighthouse?: LighthouseScreen[];
  latency?: LatencyResult;
  typing?: TypingResult;
  engine?: EngineResult;
  check?: { ms: number; exitCode: number | null };
  assessor?: ScaleResult;
  workspace?: WorkspaceResult;
  /** Sections that could not be measured, with why. */
  failures?: Partial<Record<Section, string>>;
}

const results: Results = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: cpus().length, loadAverage: loadavg() },
};

if (!args.includes('--no-build')) {
  log('Building…');
  const built = spawnSync('npx', ['vite', 'build', '--configLoader', 'runner'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('the build failed');
}

/** A section that fails is reported as a row of its own; the others are still measured. */
const failures: [Section, string][] = [];
async function measure<T>(section: Section, run: () => Promise<T> | T): Promise<T | undefined> {
  if (!wanted.has(section)) return undefined;
  try {
    return await run();
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    log(`  ${section} failed: ${message}`);
    failures.push([section, message]);
    return undefined;
  }
}

results.size = await measure('size', measureSize);
results.engine = await measure('engine', () => {
  log('Engine…');
  return measureEngine();
});
results.check = await measure('check', () => {
  log('scenarios:check…');
  const start = performance.now();
  const run = spawnSync('npx', ['tsx', 'scripts/scenarios-check.ts'], { stdio: 'ignore' });
  return { ms: performance.now() - start, exitCode: run.status };
});
const browserSections = (['lighthouse', 'latency', 'typing', 'workspace'] as const).filter((s) =>
  wanted.has(s),
);
if (browserSections.length > 0) {
  const served = await serveBuild();
  try {
    results.lighthouse = await measure('lighthouse', () => {
      log('Lighthouse…');
      return measureLighthouse(served.base, log);
    });
    results.latency = await measure('latency', () => {
      log('Response latency…');
      return measureLatency(served.base, log);
    });
    results.typing = await measure('typing', () => {
      log('Typing…');
      return measureTyping(served.base, log);
    });
    results.workspace = await measure('workspace', () => {
      log('Assessor workspace…');
      return measureWorkspace(served.base, log);
    });
  } finally {
    await served.close();
  }
}
results.assessor = await measure('assessor', () => {
  log('Assessor scale…');
  return measureAssessorScale(log);
});
results.failures = Object.fromEntries(failures);

// --- the table -----------------------------------------------------------------------------------

type Row = [figure: string, budget: string, measured: string, verdict: string];
const rows: Row[] = [];
const n = (v: number, digits = 0) => v.toFixed(digits);
const within = (ok: boolean) => (ok ? 'within' : '**over**');
const info = '—';

if (results.size) {
  const s = results.size;
  rows.push(
    [
      'First screen JavaScript, gzipped',
      `≤ ${FIRST_SCREEN_BUDGET_KB} KB`,
      `${n(s.firstScreen.js, 1)} KB (brotli ${n(s.firstScreen.jsBrotli, 1)} KB)`,
      within(s.firstScreen.js <= FIRST_SCREEN_BUDGET_KB),
    ],
    ['First screen CSS, gzipped', info, `${n(s.firstScreen.css, 1)} KB`, info],
    [
      'Whole app JavaScript / CSS, gzipped',
      info,
      `${n(s.wholeApp.js, 1)} KB / ${n(s.wholeApp.css, 1)} KB (${s.wholeApp.chunks} files; service worker ${n(s.serviceWorker, 1)} KB)`,
      info,
    ],
  );
}
for (const l of results.lighthouse ?? []) {
  rows.push(
    [
      `Lighthouse mobile, ${l.screen}: performance / accessibility / best practices`,
      '≥ 98 / 100 / 100',
      `${l.performance} / ${l.accessibility} / ${l.bestPractices}`,
      within(l.performance >= 98 && l.accessibility === 100 && l.bestPractices === 100),
    ],
    [
      `Lighthouse mobile, ${l.screen}: LCP / TBT / CLS`,
      info,
      `${n(l.lcpMs)} ms / ${n(l.tbtMs)} ms / ${n(l.cls, 3)}`,
      info,
    ],
  );
}
if (results.latency) {
  const l = results.latency;
  const byTurn = Object.entries(l.replyByTurn)
    .map(([t, ms]) => `${t}: ${n(ms)}`)
    .join(', ');
  rows.push(
    [
      `Response → next paint, ${l.throttle}× CPU, p50 / p95 (${l.responses} responses)`,
      'p95 ≤ 50 ms',
      `${n(l.nextPaint.p50)} / ${n(l.nextPaint.p95)} ms (${l.nextPaint.over50} over 50 ms)`,
      within(l.nextPaint.p95 <= 50),
    ],
    [
      `Response → customer's reply painted, ${l.throttle}× CPU, p50 / p95`,
      'p95 ≤ 100 ms, flat',
      `${n(l.reply.p50)} / ${n(l.reply.p95)} ms; median by turn ${byTurn}`,
      within(l.reply.p95 <= 100),
    ],
  );
}
if (results.typing) {
  const t = results.typing;
  rows.push(
    [
      `Typing in a ${t.words.toLocaleString('en-GB')}-word account, per key p50 / p95`,
      '≤ 50 ms',
      `${n(t.keys.p50)} / ${n(t.keys.p95)} ms (4× CPU: ${n(t.keysThrottled.p50)} / ${n(t.keysThrottled.p95)} ms)`,
      within(t.keys.p95 <= 50),
    ],
    [
      'Pasting 100 KB into the account: longest task',
      '≤ 200 ms',
      `${n(t.paste.longestTaskMs)} ms (4× CPU: ${n(t.pasteThrottled.longestTaskMs)} ms)`,
      within(t.paste.longestTaskMs <= 200),
    ],
  );
}
if (results.engine)
  rows.push([
    'Engine: responses applied a second; a 40-turn replay',
    info,
    `${Math.round(results.engine.responsesPerSecond).toLocaleString('en-GB')} /s; ${n(results.engine.trace40TurnsMicros)} µs`,
    info,
  ]);
if (results.check)
  rows.push([
    '`scenarios:check` over every built-in scenario',
    '≤ 5 s',
    `${n(results.check.ms / 1000, 1)} s${results.check.exitCode === 0 ? '' : ` (exit ${results.check.exitCode})`}`,
    within(results.check.ms <= 5000),
  ]);
if (results.assessor) {
  const [hundred, thousand] = results.assessor.runs;
  rows.push(
    [
      '1,000 40-turn logs verified and tabulated in Chromium',
      '≤ 3 s',
      `${n(thousand!.ms / 1000, 2)} s (main-thread CPU ${n(thousand!.cpuMainMs / 1000, 2)} s); peak heap ${n(thousand!.heapPeakMB)} MB`,
      within(thousand!.ms <= 3000),
    ],
    [
      '100 → 1,000 logs: time per log',
      'linear',
      `${n(hundred!.msPerLog, 2)} → ${n(thousand!.msPerLog, 2)} ms (×${n(results.assessor.linearity, 2)}); peak heap ${n(hundred!.heapPeakMB)} → ${n(thousand!.heapPeakMB)} MB`,
      within(results.assessor.linearity <= 1.25),
    ],
  );
}

if (results.workspace) {
  const w = results.workspace;
  const [hundred, thousand] = w.runs;
  rows.push(
    [
      `1,000 logs (${w.scenario}, ${n(w.meanTurns, 1)} turns on average) through the assessor workspace: verdicts and cohort painted`,
      '≤ 3 s',
      `${n(thousand!.ms / 1000, 2)} s; page heap peak ${n(thousand!.heapPeakMB)} MB`,
      within(thousand!.ms <= 3000),
    ],
    [
      'Workspace, 100 → 1,000 logs: time per log',
      'linear',
      `${n(hundred!.msPerLog, 2)} → ${n(thousand!.msPerLog, 2)} ms (×${n(w.linearity, 2)})`,
      within(w.linearity <= 1.25),
    ],
  );
}
for (const [section, message] of failures)
  rows.push([
    `${section}: not measured`,
    info,
    `failed: ${message.replace(/\|/g, '\\|')}`,
    '**failed**',
  ]);

const table = [
  '| figure | budget | measured | |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const when = `Measured ${results.measuredAt.slice(0, 10)} on this ${results.machine.cpus}-core machine, shared with other work (load average ${results.machine.loadAverage.map((l) => l.toFixed(1)).join(', ')}): timings vary from run to run.`;

console.log(`\n${table}\n\n${when}`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
log('\nWrote bench/results.json');

if (args.includes('--readme')) {
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!readme.includes(start) || !readme.includes(end))
    throw new Error('README.md has no bench markers');
  writeFileSync(
    'README.md',
    `${readme.slice(0, readme.indexOf(start) + start.length)}\n\n${table}\n\n${when}\n\n${readme.slice(readme.indexOf(end))}`,
  );
  log('Wrote the table into README.md');
}
if (failures.length > 0) process.exitCode = 1;
