/**
 * Lighthouse (the npm package, driving the system Chromium through chrome-launcher): mobile
 * emulation with its default throttling (simulated slow 4G and a 4× slower CPU), performance,
 * accessibility and best practices, with LCP, TBT and CLS, for the library and for the play screen.
 * The play screen needs a session in progress: one is started first in the same browser profile
 * (over the DevTools Protocol with playwright-core), and Lighthouse is told not to clear storage.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { findChromium } from '../../tests/browser/find-chromium';
import { CHROMIUM_FLAGS } from '../../tests/browser/harness-flags';

export interface LighthouseScreen {
  screen: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Audits that lost points, for the reasons under a score below 100. */
  failing: string[];
}

async function audit(port: number, url: string, keepStorage: boolean) {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      disableStorageReset: keepStorage,
    },
    undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}

export async function measureLighthouse(
  base: string,
  log = console.log,
): Promise<LighthouseScreen[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: 'error',
  });
  try {
    // A session in progress, in this browser's own storage, for the play screen.
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const page = await browser.contexts()[0]!.newPage();
    await page.goto(`${base}#/briefing/passport-delay`);
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    await page.waitForURL(/#\/play\//);
    await page.getByRole('group', { name: 'Your response' }).getByRole('button').first().waitFor();
    const playUrl = page.url();
    await page.close();
    await browser.close();

    const screens: LighthouseScreen[] = [];
    // The play screen first: the library's run clears this origin's storage, as for a first visit.
    for (const [screen, url, keep] of [
      ['play', playUrl, true],
      ['library', base, false],
    ] as const) {
      const lhr = await audit(chrome.port, url, keep);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const failing = Object.values(lhr.categories).flatMap((c) =>
        c.auditRefs
          .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
          .map(
            (r) =>
              `${c.id}: ${r.id} (${lhr.audits[r.id]?.displayValue ?? lhr.audits[r.id]?.score})`,
          ),
      );
      if (process.env.BENCH_LH_DEBUG)
        (await import('node:fs')).writeFileSync(`.scratch/lhr-${screen}.json`, JSON.stringify(lhr));
      screens.push({
        screen,
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        lcpMs: numeric('largest-contentful-paint'),
        tbtMs: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        fcpMs: numeric('first-contentful-paint'),
        failing,
      });
      log(
        `  lighthouse: ${screen} ${score('performance')}/${score('accessibility')}/${score('best-practices')}`,
      );
    }
    return screens;
  } finally {
    chrome.kill();
  }
}
