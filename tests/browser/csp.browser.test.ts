// The app under its own strict Content-Security-Policy (the meta tag the build writes and the header
// the preview server sends; Trusted Types required): a whole assessed session is played, its log,
// turns and xAPI statements are downloaded, its record is printed, and its statements are sent to
// a real LRS on an origin the build allows — and the browser reports no violation at any point.
// An endpoint outside the policy is named in the settings dialog before anything is tried.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startRealLrs, type RealLrs } from '../support/real-lrs';
import { launch, openApp, pageErrors } from './harness';
import { downloadText, fillLrsSettings, lrsStatus, saveLrsSettings } from './lrs-flow';
import { finishSession, PASSPORT, startSession } from './play';

/** Every violation reported in any frame of the page (the printed record's frame included). */
function reportViolations() {
  const seen: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = seen;
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      const where = window === window.top ? 'page' : 'frame';
      const report = `${where}: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`;
      seen.push(report);
      window.top?.postMessage({ defuseViolation: report }, '*');
    },
    true,
  );
  if (window === window.top)
    window.addEventListener('message', (e: MessageEvent<{ defuseViolation?: string }>) => {
      if (e.data?.defuseViolation && !seen.includes(e.data.defuseViolation))
        seen.push(e.data.defuseViolation);
    });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('a strict Content-Security-Policy', () => {
  let browser: Browser;
  let lrs: RealLrs | null = null;
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    await lrs?.stop();
    lrs = null;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays, exports, prints and sends to the LRS with no violation reported', async () => {
    lrs = await startRealLrs(await freePort());
    const { context, page } = await openApp(browser, { initScript: reportViolations });
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Trusted Type/i.test(m.text())) refused.push(m.text());
    });
    // The policy is both the meta tag and the header, and requires Trusted Types.
    const response = await page.reload();
    const header = response?.headers()['content-security-policy'] ?? '';
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    for (const policy of [header, meta ?? '']) {
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("require-trusted-types-for 'script'");
      expect(policy).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:\*/);
    }
    expect(header).toContain("frame-ancestors 'self'");

    // An endpoint the build does not allow is named before anything is sent; the allowed one is not.
    const dialog = await fillLrsSettings(page, 'https://lrs.elsewhere.example/xAPI');
    await dialog
      .getByText(/not allowed to reach https:\/\/lrs\.elsewhere\.example: its security policy/)
      .waitFor();
    await dialog.getByLabel('Endpoint').fill(lrs.endpoint);
    await dialog.getByText(/not allowed to reach/).waitFor({ state: 'detached' });
    await saveLrsSettings(page, dialog);

    await startSession(page, { scenarioId: PASSPORT.id, mode: 'Assessment', name: 'Sam Patel' });
    const said = await finishSession(page, 0);
    await expect
      .poll(() => lrsStatus(page).textContent())
      .toBe(`Sent: the LRS stored all ${said.length + 3} statements.`);

    for (const button of [
      'Download the session log (JSON)',
      'Download the turns (CSV)',
      'Download the xAPI statements (JSON)',
    ])
      expect((await downloadText(page, button)).text.length).toBeGreaterThan(0);

    // Printing: the record's frame (markup through the Trusted Types policy), styled by its sheet.
    const [, frameAttached] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForEvent('frameattached'),
      page.getByRole('button', { name: 'Print / Save as PDF' }).click(),
    ]);
    await frameAttached.waitForLoadState();
    expect(await frameAttached.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe(
      '820px',
    );

    expect(await violations(page)).toEqual([]);
    expect(refused).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  }, 150_000);
});
