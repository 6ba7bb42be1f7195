// The assessment journey in real Chromium, against the production build: finish a session, read the
// criteria matrix, follow an evidence link to its turn, make the reflective draft one's own (the
// authored share rises), sign the declaration, download the account, and find it all still there
// after a reload. axe checks the debrief with the matrix, the editor and the declaration present.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorship } from '../../src/domain/reflection/authorship';
import { axeViolations, describeViolations, launch, openApp, pageErrors, waitFor } from './harness';
import { authorsResponse, openSection } from './play';

const SCENARIO = { id: 'passport-delay', title: 'Passport delayed, flight on Friday' };
const SHARE = /^(\d+)% of this account is in your own words \((\d+) of (\d+) words?\)$/;
const NAME = 'Alex Morgan';

/** Plays the author's first response at every turn until the conversation ends on the debrief. */
async function finishSession(page: Page) {
  await page.goto(new URL(`#/briefing/${SCENARIO.id}`, page.url()).href);
  await page.getByRole('radio', { name: 'Assessment' }).check();
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.getByRole('group', { name: 'Your response' }).waitFor();
  for (let turn = 0; turn < 15 && !page.url().includes('#/debrief/'); turn++) {
    const before = await page.locator('ol[aria-label="Conversation"] > li').count();
    await (await authorsResponse(page, 0)).click();
    await page.waitForFunction(
      (n) =>
        location.hash.startsWith('#/debrief/') ||
        document.querySelectorAll('ol[aria-label="Conversation"] > li').length >= n + 2,
      before,
    );
  }
  await page.getByRole('heading', { level: 1, name: `Debrief: ${SCENARIO.title}` }).waitFor();
}

/**
 * The authored share as the status gives it to screen readers, once it has caught up with the text:
 * the status is only updated after typing pauses for a second, so it is polled until it counts
 * exactly the words `authorship` finds in the account as it now stands (own and total), and says
 * the same as the share shown on screen.
 */
async function settledShare(page: Page, draft: string, finalText: string) {
  const expected = authorship(draft, finalText);
  const status = page
    .getByRole('status')
    .filter({ hasText: 'of this account is in your own words' });
  const shown = page.locator('.authorship');
  return waitFor(
    async () => {
      const text = (await status.textContent())?.trim() ?? '';
      const m = SHARE.exec(text);
      if (!m || (await shown.textContent())?.trim() !== text) return undefined;
      const found = { text, percent: Number(m[1]), own: Number(m[2]), total: Number(m[3]) };
      return found.own === expected.ownWords && found.total === expected.totalWords
        ? found
        : undefined;
    },
    {
      message: `the announced share to reach ${expected.ownWords} of ${expected.totalWords} words`,
    },
  );
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('assessment evidence on the debrief', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes from a finished session to a signed reflective account with its criteria evidence', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('heading', { level: 1, name: 'Scenario library' }).waitFor();
    await finishSession(page);
    const debriefUrl = page.url();

    // The criteria matrix for the first unit, then another unit.
    await openSection(page, 'criteria');
    await openSection(page, 'units');
    const matrix = page.getByRole('table', {
      name: /^Criteria of “.+” judged against this session$/,
    });
    await matrix.scrollIntoViewIfNeeded();
    const unit = page.getByRole('group', { name: 'Qualification unit' });
    const rows = matrix.getByRole('rowheader');
    await rows.first().waitFor();
    const firstRows = await rows.allTextContents();
    expect(firstRows.length).toBeGreaterThan(0);
    await unit.getByRole('radio').nth(1).waitFor();
    const units = await unit.locator('label').allTextContents();
    expect(units.length).toBeGreaterThan(1);
    await unit.getByRole('radio', { name: units[1]! }).check();
    // The other unit's criteria replace the first unit's (and there are some).
    await expect
      .poll(async () => {
        const now = await rows.allTextContents();
        return now.length > 0 && JSON.stringify(now) !== JSON.stringify(firstRows);
      })
      .toBe(true);
    await unit.getByRole('radio', { name: units[0]! }).check();
    await expect.poll(() => rows.allTextContents()).toEqual(firstRows);

    // Axe on the debrief with the matrix, the editor and the declaration present.
    await openSection(page, 'account');
    await page.getByRole('textbox', { name: 'Your reflective account' }).waitFor();
    await page.getByRole('button', { name: 'Sign the declaration' }).waitFor();
    const before = await axeViolations(page);
    expect(before, describeViolations(before)).toEqual([]);

    // An evidence link takes focus to its turn and leaves the route alone.
    const link = matrix.getByRole('link', { name: /^Turn \d+: / }).first();
    const turn = Number(/^Turn (\d+)/.exec((await link.textContent()) ?? '')![1]);
    await link.click();
    await expect.poll(() => focusedId(page)).toBe(`turn-${turn}`);
    await page.locator(`#turn-${turn}`).waitFor({ state: 'visible' });
    expect(page.url()).toBe(debriefUrl);

    // The draft: replace every prompt with the learner's own words.
    const editor = page.getByRole('textbox', { name: 'Your reflective account' });
    await expect.poll(() => editor.inputValue()).toContain('[Your words:');
    const draft = await editor.inputValue();
    const initial = await settledShare(page, draft, draft);
    expect(initial.percent).toBe(0);
    expect(initial.own).toBe(0);
    // Each round waits until the editor shows either the next-prompt button or that none is left.
    const nextPrompt = page.getByRole('button', { name: 'Go to the next prompt' });
    const allFilled = page.getByText('Every prompt has your own words.');
    let answered = 0;
    for (;;) {
      await nextPrompt.or(allFilled).waitFor();
      if (await allFilled.isVisible()) break;
      await nextPrompt.click();
      await page.keyboard.type(`In my own words, this is what I think about point ${++answered}.`);
      expect(answered).toBeLessThan(20);
    }
    expect(answered).toBeGreaterThan(0);
    await expect.poll(() => editor.inputValue()).not.toContain('[Your words:');
    const edited = await settledShare(page, draft, await editor.inputValue());
    expect(edited.percent).toBeGreaterThan(initial.percent);
    expect(edited.own).toBeGreaterThan(answered);

    // Sign the declaration.
    await page.getByRole('textbox', { name: 'Your name' }).fill(NAME);
    await page.getByRole('checkbox', { name: 'I confirm this is my own work' }).check();
    await page.getByRole('button', { name: 'Sign the declaration' }).click();
    const signed = page.getByText(new RegExp(`^Signed by ${NAME} on \\d{1,2} \\w+ \\d{4}$`));
    await signed.waitFor();
    await page.getByText(`Authored share at signing: ${edited.text}.`, { exact: true }).waitFor();
    const after = await axeViolations(page);
    expect(after, describeViolations(after)).toEqual([]);

    // The download carries the learner's text and the declaration.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the reflective account' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^reflective-account-passport-delay-\d{4}-\d{2}-\d{2}\.txt$/,
    );
    const file = await readFile((await download.path())!, 'utf8');
    expect(file).toContain('this is what I think about point 1.');
    expect(file).toContain(`Signed: ${NAME}`);
    expect(file).not.toContain('[Your words:');

    // Everything was saved: after a reload the account and the signature are still there.
    const final = await editor.inputValue();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Debrief: ${SCENARIO.title}` }).waitFor();
    await expect.poll(() => editor.inputValue()).toBe(final);
    await signed.waitFor();
    await page.getByText(`Authored share at signing: ${edited.text}.`, { exact: true }).waitFor();

    // A change after signing clears it, and says so.
    await editor.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' A last thought.');
    await page
      .getByText('You changed the account after signing, so it needs signing again.')
      .waitFor();
    await signed.waitFor({ state: 'detached' });
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
