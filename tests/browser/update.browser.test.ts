// A new version deployed while a learner is mid-session: the build is served from a copy of dist/,
// the learner visits (the service worker installs and takes control), starts a session and takes a
// turn; then the copy's service worker changes, as a deployment changes it. The page offers the new
// version and does nothing until asked; "Update now" reloads into the same session, with the turn
// taken still there, and the conversation carries on.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, pageErrors, waitFor } from './harness';
import { learnerLines, onDebrief, responses, startSession, takeTurn } from './play';

const controlled = (page: Page) =>
  page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);

describe('a new version while a session is in progress', () => {
  let browser: Browser;
  let dir: string;
  let server: PreviewServer;
  let base: string;
  beforeAll(async () => {
    browser = await launch();
    dir = mkdtempSync(join(tmpdir(), 'defuse-deploy-'));
    cpSync('dist', dir, { recursive: true });
    server = await preview({
      build: { outDir: dir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
      logLevel: 'silent',
    });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('preview server has no port');
    base = `http://127.0.0.1:${address.port}/`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is offered, waits to be accepted, and carries on the session after the update', async () => {
    const { context, page } = await openApp(browser, { serviceWorkers: 'allow', path: base });
    await page.getByRole('heading', { level: 1, name: 'Scenario library' }).waitFor();
    await waitFor(
      async () => {
        await page.reload();
        return (await controlled(page)) !== null;
      },
      { timeout: 45_000, interval: 500, message: 'the service worker never took control' },
    );
    await startSession(page, { mode: 'Assessment', name: 'Sam Patel' });
    const first = await takeTurn(page, 0);
    expect(onDebrief(page)).toBe(false);
    const sessionUrl = page.url();

    // The deployment: a new service worker (the plain copy only, so the server sends this one).
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// the next release\n`);
    rmSync(`${sw}.br`, { force: true });
    rmSync(`${sw}.gz`, { force: true });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.getByRole('status').filter({ hasText: 'A new version of Defuse is ready' });
    await notice.waitFor();
    // Offered, not forced: the page is the same page, the session where it was.
    await page.evaluate(() => ((window as { __stillHere?: boolean }).__stillHere = true));
    expect(await learnerLines(page)).toEqual([first]);

    await page.getByRole('button', { name: 'Update now' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as { __stillHere?: boolean }).__stillHere ?? false))
      .toBe(false);
    expect(page.url()).toBe(sessionUrl);
    await responses(page).first().waitFor();
    await expect.poll(() => learnerLines(page)).toEqual([first]);
    await notice.waitFor({ state: 'detached' });
    // The new worker controls the page now; none is left waiting, and the conversation goes on
    // from the turn it was at.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const r = await navigator.serviceWorker.getRegistration();
          return { controlled: navigator.serviceWorker.controller !== null, waiting: !!r?.waiting };
        }),
      )
      .toEqual({ controlled: true, waiting: false });
    const second = await takeTurn(page, 0);
    if (!onDebrief(page)) expect(await learnerLines(page)).toEqual([first, second]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  }, 150_000);
});
