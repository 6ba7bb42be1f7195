// Reflective-account text is never lost: typed and then, with no pause at all, the page reloaded,
// left for the library, or the tab closed — each time the text is there when the debrief opens again,
// and it ends up in the session log. Hashing is slowed while typing (as on a busy machine), so the
// log entry cannot be chained and stored before the page goes: only what is kept synchronously counts.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newTab, openApp, pageErrors, waitFor } from './harness';
import { openSection, PASSPORT, startSession, stepBack, storedRows } from './play';

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Your reflective account' });
const debriefHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: `Debrief: ${PASSPORT.title}` });

/** Runs before the app: SHA-256 (WebCrypto) answers `window.__hashDelay` ms late (0 on load). */
function slowHashing() {
  const w = window as unknown as { __hashDelay: number };
  w.__hashDelay = 0;
  const subtle = crypto.subtle;
  const digest = subtle.digest.bind(subtle);
  subtle.digest = (algorithm: AlgorithmIdentifier, data: BufferSource) =>
    new Promise((resolve) => setTimeout(resolve, w.__hashDelay)).then(() =>
      digest(algorithm, data),
    );
}

const slowHashes = (page: Page, ms: number) =>
  page.evaluate((d) => ((window as unknown as { __hashDelay: number }).__hashDelay = d), ms);

/**
 * Types `words` at the end of the account with hashing slowed to a second; returns as soon as the
 * last key is pressed.
 */
async function typeAtEnd(page: Page, words: string) {
  await openSection(page, 'account');
  await slowHashes(page, 1000);
  const editor = editorOf(page);
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(words);
}

describe('reload while typing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps text typed a moment before a reload, a navigation away, or closing the tab', async () => {
    const { context, page } = await openApp(browser, { initScript: slowHashing });
    const id = await startSession(page, { mode: 'Assessment' });
    await stepBack(page);
    await openSection(page, 'account');
    const editor = editorOf(page);
    await expect.poll(() => editor.inputValue()).toContain('[Your words:');
    const draft = await editor.inputValue();

    // Reload straight after the last key.
    const reloadWords = ' Typed just before a reload.';
    await typeAtEnd(page, reloadWords);
    await page.reload();
    await debriefHeading(page).waitFor();
    await expect.poll(() => editor.inputValue()).toBe(draft + reloadWords);

    // Away to the library straight after the last key, then back.
    const leaveWords = ' Typed just before going to the library.';
    await typeAtEnd(page, leaveWords);
    await page.getByRole('link', { name: 'Back to the library' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scenario library' }).waitFor();
    await page
      .getByRole('region', { name: 'Past sessions' })
      .getByRole('link', { name: /^Open the debrief/ })
      .click();
    await debriefHeading(page).waitFor();
    await expect.poll(() => editor.inputValue()).toBe(draft + reloadWords + leaveWords);
    await slowHashes(page, 0);

    // The tab closed straight after the last key; the debrief opened again in a new tab.
    const closeWords = ' Typed just before closing the tab.';
    await typeAtEnd(page, closeWords);
    const url = new URL(page.url()).hash;
    expect(pageErrors(page)).toEqual([]);
    await page.close();
    const again = await newTab(context, url);
    await debriefHeading(again).waitFor();
    const all = draft + reloadWords + leaveWords + closeWords;
    await expect.poll(() => editorOf(again).inputValue()).toBe(all);

    // And the whole text reaches the session log itself.
    const rows = await waitFor(
      async () => {
        const r = await storedRows(again, id);
        const last = r.entries.at(-1)?.entry;
        return last?.type === 'reflection.revise' && last.text === all ? r : undefined;
      },
      { message: 'the last revision in the log to hold every word typed' },
    );
    expect(rows.entries.filter((e) => e.entry.type === 'reflection.revise').length).toBeGreaterThan(
      1,
    );
    expect(pageErrors(again)).toEqual([]);
    await context.close();
  });
});
