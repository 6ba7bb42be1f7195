// Storage full in the middle of a session: IndexedDB refuses every write (QuotaExceededError) from a
// point on. The banner says saving failed and how many changes wait; play carries on; the session log
// can be downloaded from the debrief at that moment and verifies; a reload while still full keeps the
// latest turn and the account (from the tab's localStorage copy); once space returns everything is
// saved within the retry time, and a reload finds it all in IndexedDB.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLog } from '../../src/domain/session/verify-log';
import { RETRY_MS } from '../../src/store/log-storage';
import { loadShippedScenarioVersions } from '../../scripts/scenario-versions';
import { axeViolations, describeViolations, launch, openApp, pageErrors, waitFor } from './harness';
import {
  finishSession,
  openSection,
  PASSPORT,
  startSession,
  storedResponses,
  storedRows,
  takeTurn,
} from './play';

/**
 * Runs before the app: while sessionStorage holds "defuse-test:full" (it survives a reload of the
 * tab), every IndexedDB add and put throws QuotaExceededError, as a full disk makes them.
 */
function fillable() {
  for (const name of ['add', 'put'] as const) {
    const native = IDBObjectStore.prototype[name];
    IDBObjectStore.prototype[name] = function (
      this: IDBObjectStore,
      ...args: [unknown, IDBValidKey?]
    ) {
      if (sessionStorage.getItem('defuse-test:full'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return native.apply(this, args);
    };
  }
}

const setFull = (page: Page, full: boolean) =>
  page.evaluate(
    (f) =>
      f
        ? sessionStorage.setItem('defuse-test:full', '1')
        : sessionStorage.removeItem('defuse-test:full'),
    full,
  );

const expectNoAxeViolations = async (page: Page) => {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
};

const ADDED = ' I wrote this while the device storage was full.';

describe('storage full mid-session', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps playing, says what waits, exports, survives a reload, and saves everything once space returns', async () => {
    const { context, page } = await openApp(browser, { initScript: fillable });
    // Leaving while changes wait asks first (the beforeunload prompt): the learner says leave.
    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.type());
      void (d.type() === 'beforeunload' ? d.accept() : d.dismiss());
    });
    const id = await startSession(page, { mode: 'Assessment', name: 'Sam Full' });
    const first = await takeTurn(page, 0);

    await setFull(page, true);
    const banner = page.getByRole('alert').filter({ hasText: 'Not saving to this device.' });
    const waiting = (n: number) =>
      banner
        .filter({ hasText: 'Saving failed (storage is full)' })
        .filter({ hasText: `${n} ${n === 1 ? 'change is' : 'changes are'} kept in this tab` });
    const second = await takeTurn(page, 0);
    await waiting(1).waitFor();
    await expectNoAxeViolations(page);
    // Play carries on, and each turn joins the count.
    const third = await takeTurn(page, 0);
    await waiting(2).waitFor();
    const rest = await finishSession(page, 0);
    const said = [first, second, third, ...rest];
    // Every turn after the first, and the account's first draft stored as the debrief opens.
    const unsaved = said.length - 1 + 1;
    await waiting(unsaved).waitFor();
    const stored = await storedRows(page, id);
    expect(storedResponses(stored)).toEqual([first]);

    // The session log can be downloaded now, and it is complete and verifies.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the session log (JSON)' }).click(),
    ]);
    const text = await readFile((await download.path())!, 'utf8');
    const versions = await loadShippedScenarioVersions('scenarios');
    const verdict = await verifyLog(text, (sid, hash) => {
      const s = versions.get(hash);
      return s?.id === sid ? s : null;
    });
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    const log = JSON.parse(text) as { entries: { type: string; text?: string; seq: number }[] };
    expect(log.entries.filter((e) => e.type === 'learner.respond').map((e) => e.text)).toEqual(
      said,
    );
    expect(log.entries.map((e) => e.type).at(-1)).toBe('reflection.revise');

    // The learner writes in the account, still full: the revision joins the count.
    await openSection(page, 'account');
    const editor = page.getByRole('textbox', { name: 'Your reflective account' });
    await editor.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(ADDED);
    await waiting(unsaved + 1).waitFor();
    const account = await editor.inputValue();
    expect(account.endsWith(ADDED)).toBe(true);

    // A reload while still full: the tab's copy brings back the latest turn and the account.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Debrief: ${PASSPORT.title}` }).waitFor();
    await expect.poll(() => editor.inputValue()).toBe(account);
    await waiting(unsaved + 1).waitFor();
    expect(asked).toContain('beforeunload');
    await expect
      .poll(() => page.locator('ol.turn-list > li .turn-line-learner').allTextContents())
      .toEqual(said.map((s) => `You said“${s}”`));

    // Space returns: within the retry time everything is saved and the banner goes.
    await setFull(page, false);
    await banner.waitFor({ state: 'detached', timeout: RETRY_MS + 5000 });
    const saved = await waitFor(
      async () => {
        const r = await storedRows(page, id);
        return r.entries.length === said.length + 2 ? r : undefined;
      },
      { message: 'every turn and both revisions in IndexedDB' },
    );
    expect(storedResponses(saved)).toEqual(said);
    expect(saved.entries.at(-1)!.entry).toMatchObject({ type: 'reflection.revise', text: account });
    expect(saved.row.summary.outcome).not.toBeNull();
    await expect
      .poll(() => page.evaluate((k) => localStorage.getItem(k), `defuse:unsaved:${id}`))
      .toBeNull();

    // A reload with storage working: the same debrief, from IndexedDB alone.
    await page.evaluate((k) => localStorage.removeItem(k), `defuse:reflection:${id}`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Debrief: ${PASSPORT.title}` }).waitFor();
    await expect.poll(() => editor.inputValue()).toBe(account);
    await expect
      .poll(() => page.locator('ol.turn-list > li .turn-line-learner').allTextContents())
      .toEqual(said.map((s) => `You said“${s}”`));
    await banner.waitFor({ state: 'detached' });
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
