// The foundation journey: the built app loads in real Chromium and lists every built-in scenario.
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, pageErrors } from './harness';

const builtIn = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => (parse(readFileSync(`scenarios/${f}`, 'utf8')) as { title: string }).title);

describe('the app in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads and lists every built-in scenario by title', async () => {
    const { context, page } = await openApp(browser);
    await expect.poll(() => page.title()).toMatch(/Defuse/);
    for (const title of builtIn) {
      await page.getByRole('heading', { name: title }).waitFor({ timeout: 10_000 });
    }
    expect(builtIn.length).toBeGreaterThanOrEqual(3);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
