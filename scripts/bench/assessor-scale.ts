/**
 * Assessor scale: 1,000 generated 40-turn session logs (generated-logs.ts) verified and tabulated in
 * Chromium (assessor-page/), timed, with the peak JavaScript heap; and the same for the first 100, in
 * a fresh page, to show how the cost grows (it should be linear: 10× the logs, about 10× the time).
 * The page is built by Vite from the domain's own modules, as the app bundles them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { loadFrameworkFiles } from '../load-frameworks';
import { generatedLogs, longScenario } from './generated-logs';
import { launchChromium } from './serve';

const ROOT = resolve(import.meta.dirname, 'assessor-page');
const OUT = resolve('node_modules/.cache/defuse-bench/assessor');

export interface ScaleRun {
  logs: number;
  ms: number;
  /** CPU time of the page's main thread and of its whole renderer process over the run (CDP metrics). */
  cpuMainMs: number;
  cpuProcessMs: number;
  msPerLog: number;
  heapPeakMB: number;
  heapGrowthMB: number;
}

export interface ScaleResult {
  runs: ScaleRun[];
  /** (ms per log at 1,000) / (ms per log at 100): 1 is linear. */
  linearity: number;
  table: unknown;
}

export async function measureAssessorScale(log = console.log): Promise<ScaleResult> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: { outDir: OUT, emptyOutDir: true },
  });
  const scenario = longScenario();
  const framework = loadFrameworkFiles().find((f) => f.id === scenario.frameworks[0])!;
  const logs = await generatedLogs(scenario, 1000);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, 'logs.json'),
    JSON.stringify({ scenario, framework, texts: logs.map((l) => l.text) }),
  );
  log(`  assessor scale: ${logs.length} logs generated`);
  const server = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: { outDir: OUT },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  const runs: ScaleRun[] = [];
  let table: unknown = null;
  try {
    for (const count of [100, 1000]) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${address.port}/`);
      await page.waitForFunction('typeof window.benchLoad === "function"');
      await page.evaluate('window.benchLoad()');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const cpu = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
        return { main: get('ThreadTime'), process: get('ProcessTime') };
      };
      const cpuBefore = await cpu();
      const r = await page.evaluate<{
        ms: number;
        heapBefore: number;
        heapPeak: number;
        table: unknown;
      }>(`window.benchRun(${count})`);
      const cpuAfter = await cpu();
      runs.push({
        logs: count,
        ms: r.ms,
        cpuMainMs: cpuAfter.main - cpuBefore.main,
        cpuProcessMs: cpuAfter.process - cpuBefore.process,
        msPerLog: r.ms / count,
        heapPeakMB: r.heapPeak / 2 ** 20,
        heapGrowthMB: (r.heapPeak - r.heapBefore) / 2 ** 20,
      });
      table = r.table;
      log(
        `  assessor scale: ${count} logs in ${r.ms.toFixed(0)} ms (main thread CPU ${(cpuAfter.main - cpuBefore.main).toFixed(0)} ms)`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { runs, linearity: runs[1]!.msPerLog / runs[0]!.msPerLog, table };
}
