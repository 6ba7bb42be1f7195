/**
 * Assessor scale through the assessor workspace itself (#/assess in the production build): 1,000
 * exported logs of a built-in scenario, as an assessor would load them with the file picker, each
 * verified in the workspace's worker (size, JSON, schema, chain, seal, scenario version, replay) and
 * listed with its verdict, then tabulated in the cohort table. Timed from choosing the files to the
 * frame the table is painted in, with the page's peak JavaScript heap; and the same for 100, in a
 * fresh context, to show the growth. The logs run as long as the scenario lets them (a built-in
 * scenario ends in under 40 turns; assessor-scale.ts times the 40-turn ones domain-only).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInScenarios } from '../../tests/support/built-in-scenarios';
import { generatedLogs } from './generated-logs';
import { launchChromium } from './serve';

export interface WorkspaceRun {
  logs: number;
  ms: number;
  msPerLog: number;
  heapPeakMB: number;
}

export interface WorkspaceResult {
  scenario: string;
  meanTurns: number;
  runs: WorkspaceRun[];
  /** (ms per log at 1,000) / (ms per log at 100): 1 is linear. */
  linearity: number;
}

const SCENARIO = 'passport-delay';

// Plain JavaScript (a string): tsx would otherwise inject helpers the page does not have. The clock
// starts in the page just before the files are handed to the picker, and stops at the frame painted
// once every file has its verdict and its row in the cohort table. (`void`: evaluating the promise
// itself would wait for it before the files are chosen.)
const timeTabulation = (n: number) => `void (window.__benchDone = new Promise((resolve) => {
  const start = performance.now();
  const check = () => {
    const status = document.querySelector('.batch-progress [role="status"]');
    const rows = document.querySelectorAll('.cohort-table tbody tr').length;
    if (status?.textContent?.startsWith('Checked ${n} files:') && rows === ${n})
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
    else requestAnimationFrame(check);
  };
  check();
}))`;

export async function measureWorkspace(base: string, log = console.log): Promise<WorkspaceResult> {
  const scenario = builtInScenarios().find((s) => s.id === SCENARIO)!;
  const logs = await generatedLogs(scenario, 1000);
  const dir = mkdtempSync(join(tmpdir(), 'defuse-bench-logs-'));
  const paths = logs.map((l, i) => {
    const path = join(dir, `log-${String(i + 1).padStart(4, '0')}.json`);
    writeFileSync(path, `${JSON.stringify(l.log, null, 2)}\n`);
    return path;
  });
  const turns = logs.map((l) => l.log.entries.filter((e) => e.type === 'learner.respond').length);
  log(`  workspace: ${paths.length} logs written`);
  const browser = await launchChromium();
  const runs: WorkspaceRun[] = [];
  try {
    for (const count of [100, 1000]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}#/assess`);
      await page.getByRole('heading', { level: 1, name: 'Assessor workspace' }).waitFor();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      let peak = 0;
      let sampling = true;
      const sample = (async () => {
        while (sampling) {
          const { metrics } = await cdp
            .send('Performance.getMetrics')
            .catch(() => ({ metrics: [] }));
          peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      // The clock starts in the page just before the files are handed to the picker, and stops at
      // the frame painted once every file has its verdict and its row in the cohort table.
      await page.evaluate(timeTabulation(count));
      await page.getByLabel('Choose session log files').setInputFiles(paths.slice(0, count));
      let timer: ReturnType<typeof setTimeout> | undefined;
      const ms = await Promise.race([
        page.evaluate<number>('window.__benchDone'),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`${count} logs were not all tabulated within 5 minutes`)),
            300_000,
          );
        }),
      ]).finally(() => clearTimeout(timer));
      sampling = false;
      await sample;
      runs.push({ logs: count, ms, msPerLog: ms / count, heapPeakMB: peak / 2 ** 20 });
      log(`  workspace: ${count} logs in ${ms.toFixed(0)} ms`);
      await context.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    scenario: SCENARIO,
    meanTurns: turns.reduce((a, b) => a + b, 0) / turns.length,
    runs,
    linearity: runs[1]!.msPerLog / runs[0]!.msPerLog,
  };
}
