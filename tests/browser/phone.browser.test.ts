// The learner on a phone (360×740) and a laptop (1280×800), in real Chromium against the production
// build: the customer's latest line, the cue and the first option on screen together after every
// turn; "Step back and get support" apart from the options and asked once, by keyboard; a debrief
// whose first screen is the ending and the key moments, with chart text at 12 px or more; the
// browser's Back after an evidence link; and the debrief printed (emulated and as a real PDF, read
// back with poppler) with no control and no text clipped or drawn over other text. Every check is on
// element boxes and waits for its condition. Screenshots go to $DEFUSE_SHOTS when it is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clippedBoxes, drawnControls, offScreen, overlappingText } from './boxes';
import { axeViolations, describeViolations, launch, openApp, pageErrors } from './harness';
import {
  finishSession,
  onDebrief,
  openSection,
  responses,
  startSession,
  stepBack,
  takeTurn,
} from './play';
import { pdfText, placedWords, poppler, requirePoppler } from './poppler';

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };
const SHOTS = process.env.DEFUSE_SHOTS;

const latestLine = (page: Page) =>
  page.locator('ol[aria-label="Conversation"] > li.line-customer[tabindex="-1"]');
const cue = (page: Page) => page.locator('.cue');
const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Waits until every one of these is wholly on screen; names the first that is not. */
async function expectOnScreen(
  page: Page,
  what: string,
  items: Record<string, ReturnType<Page['locator']>>,
) {
  for (const [name, locator] of Object.entries(items))
    await expect
      .poll(() => offScreen(page, locator), { message: `${what}: ${name} should be on screen` })
      .toBeNull();
}

/** Presses Tab until the focused element's text is `text`. */
async function tabTo(page: Page, text: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === text) return;
  }
  throw new Error(`Tab never reached “${text}” (last: “${await focusedText(page)}”)`);
}

describe('the learner on a phone and on a laptop', () => {
  let browser: Browser;
  beforeAll(async () => {
    requirePoppler();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const size of [PHONE, LAPTOP]) {
    const at = `${size.width}×${size.height}`;

    it(`keeps the latest line, the cue and the first option on screen at every turn (${at})`, async () => {
      const { context, page } = await openApp(browser);
      await page.setViewportSize(size);
      await startSession(page, { mode: 'Practice' });
      const now = {
        'the latest line': latestLine(page),
        'the cue': cue(page),
        'the first option': responses(page).first(),
      };
      await expectOnScreen(page, 'at the start', now);
      await shot(page, `play-${size.width}-0`);
      for (let turn = 1; turn <= 3; turn++) {
        await takeTurn(page, 0);
        expect(onDebrief(page), `the conversation should still be going after turn ${turn}`).toBe(
          false,
        );
        await expectOnScreen(page, `after turn ${turn}`, now);
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.matches('li.line-customer')))
          .toBe(true);
        await shot(page, `play-${size.width}-${turn}`);
      }
      // The transcript is still there to read: its first line scrolls into view.
      const first = page.locator('ol[aria-label="Conversation"] > li').first();
      await first.scrollIntoViewIfNeeded();
      await expectOnScreen(page, 'scrolled back', { 'the first line': first });

      // "Step back and get support" is not among the responses, and a clear gap below the last one.
      const stepBackButton = page.getByRole('button', { name: 'Step back and get support' });
      await expect.poll(() => responses(page).filter({ hasText: 'Step back' }).count()).toBe(0);
      const gap = async () => {
        const last = await responses(page).last().boundingBox();
        const safety = await page
          .getByRole('region', { name: 'If you need to stop' })
          .boundingBox();
        return last && safety ? safety.y - (last.y + last.height) : -1;
      };
      await expect.poll(gap).toBeGreaterThanOrEqual(32);
      await stepBackButton.waitFor();
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    });
  }

  it('asks once before stepping back, and is done by keyboard alone without trapping focus', async () => {
    const { context, page } = await openApp(browser);
    await page.setViewportSize(PHONE);
    await startSession(page, { mode: 'Assessment' });
    await takeTurn(page, 0);
    await tabTo(page, 'Step back and get support');
    await page.keyboard.press('Enter');
    const question = page.getByRole('group', { name: 'End the conversation and get support?' });
    await question.waitFor();
    await expect.poll(() => focusedText(page)).toBe('Yes, end it and get support');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const axe = await axeViolations(page);
    expect(axe, describeViolations(axe)).toEqual([]);
    await shot(page, 'step-back-question');
    // Escape: the question goes, focus is back on the button, the conversation carries on.
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await expect.poll(() => focusedText(page)).toBe('Step back and get support');
    // Not held: Tab from the question moves on to what follows it.
    await page.keyboard.press('Enter');
    await question.waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedText(page)).toBe('No, carry on');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('[role="group"]'))))
      .toBe(false);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedText(page)).toBe('Yes, end it and get support');
    // Enter: answered once, and the conversation ends safely.
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/debrief\//);
    await page.getByText('Stepped back safely', { exact: false }).first().waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('opens the debrief on the ending and the key moments, with chart text of 12 px or more', async () => {
    const { context, page } = await openApp(browser);
    await page.setViewportSize(PHONE);
    await startSession(page, { mode: 'Practice' });
    await takeTurn(page, 0);
    await takeTurn(page, 1);
    await stepBack(page);
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    await expectOnScreen(page, 'the first screen of the debrief', {
      'the ending': page.locator('#ending-heading'),
      'the key moments': page.getByRole('heading', { level: 2, name: 'Key moments' }),
      'the first key moment': page.locator('.moment h3').first(),
    });
    await shot(page, 'debrief-360-first-screen');
    // The detail is there to open, by keyboard: Enter on "Turn by turn".
    const turns = page.getByRole('button', { name: /^Turn by turn/ });
    await turns.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => turns.getAttribute('aria-expanded')).toBe('true');
    await page.locator('#turn-1').waitFor();
    for (const size of [PHONE, LAPTOP]) {
      await page.setViewportSize(size);
      const smallest = () =>
        page.evaluate(() => {
          const texts = [...document.querySelectorAll<SVGTextElement>('svg.tension-chart text')];
          if (texts.length === 0) return 0;
          return Math.min(
            ...texts
              .filter((t) => (t.textContent ?? '').trim())
              .map((t) => {
                // The scale it is drawn at, rotated or not (the axis label is turned 90°).
                const m = t.getScreenCTM();
                return parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 0);
              }),
          );
        });
      await expect
        .poll(smallest, { message: `chart text at ${size.width} px wide` })
        .toBeGreaterThanOrEqual(12);
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth))
        .toBe(true);
    }
    await page.setViewportSize(PHONE);
    await openSection(page, 'account');
    const axe = await axeViolations(page);
    expect(axe, describeViolations(axe)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('returns to the criteria with the browser’s Back after an evidence link, or its own link', async () => {
    const { context, page } = await openApp(browser);
    await page.setViewportSize(PHONE);
    await startSession(page, { mode: 'Assessment' });
    await finishSession(page);
    const debriefUrl = page.url();
    await openSection(page, 'criteria');
    const link = page
      .getByRole('table', { name: /^Criteria of “.+” judged against this session$/ })
      .getByRole('link', { name: /^Turn \d+: / })
      .first();
    const id = await link.getAttribute('id');
    const turn = Number(/^Turn (\d+)/.exec((await link.textContent()) ?? '')![1]);
    const entries = await page.evaluate(() => history.length);
    await link.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`turn-${turn}`);
    await expectOnScreen(page, 'after the evidence link', {
      'the turn': page.locator(`#turn-${turn}`).getByRole('heading', { level: 3 }),
    });
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    expect(page.url()).toBe(debriefUrl);

    await page.goBack();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id);
    await expectOnScreen(page, 'after Back', { 'the evidence link': link });
    expect(page.url()).toBe(debriefUrl);
    await page.getByRole('heading', { level: 1, name: /^Debrief: / }).waitFor();

    // Its own way back: "Back to the criteria" in the turn the link opened.
    await link.click();
    const back = page.locator(`#turn-${turn}`).getByRole('link', { name: 'Back to the criteria' });
    await back.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id);
    await back.waitFor({ state: 'detached' });
    expect(page.url()).toBe(debriefUrl);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('prints the debrief with no control, and no text clipped or drawn over other text', async () => {
    const dir = SHOTS ?? mkdtempSync(join(tmpdir(), 'defuse-print-'));
    const { context, page } = await openApp(browser);
    await page.setViewportSize(LAPTOP);
    await startSession(page, { mode: 'Assessment' });
    await finishSession(page);
    await openSection(page, 'account');
    const editor = page.getByRole('textbox', { name: 'Your reflective account' });
    await editor.focus();
    await page.keyboard.press('ControlOrMeta+End');
    const last = ' My own last words, typed before printing.';
    await page.keyboard.type(last);
    const account = await editor.inputValue();

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => drawnControls(page)).toEqual([]);
    await expect.poll(() => page.locator('.app-header').isHidden()).toBe(true);
    // Every section is printed open, the account as text in full. (The choice of unit is a control,
    // not content: it is not printed; the unit is named above it.)
    const closedOnScreen = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.disclosure-panel[hidden]')]
          .filter((p) => !p.closest('.unit-disclosure'))
          .map((p) => Math.round(p.getBoundingClientRect().height)),
      );
    await expect.poll(async () => (await closedOnScreen()).length).toBeGreaterThan(0);
    await expect.poll(async () => (await closedOnScreen()).filter((h) => h === 0)).toEqual([]);
    await expect.poll(() => page.locator('.reflection-print').textContent()).toBe(account);
    await expect.poll(() => overlappingText(page, '.debrief')).toEqual([]);
    await expect.poll(() => clippedBoxes(page, '.debrief')).toEqual([]);
    if (SHOTS) await page.screenshot({ path: join(dir, 'debrief-print.png'), fullPage: true });

    // A real PDF: no word printed over another, the account's last words there, no control's label.
    const pdf = join(dir, 'debrief.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    const { words } = placedWords(pdf);
    const overlaps: string[] = [];
    for (let i = 0; i < words.length && overlaps.length < 5; i++)
      for (let j = i + 1; j < words.length; j++) {
        const a = words[i]!;
        const b = words[j]!;
        if (b.page !== a.page) break;
        if (b.yMin > a.yMax || b.yMax < a.yMin) continue;
        const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (w > 1 && h > 1) overlaps.push(`page ${a.page}: “${a.text}” over “${b.text}”`);
      }
    expect(overlaps).toEqual([]);
    const text = pdfText(pdf);
    expect(text).toContain('My own last words, typed before printing.');
    for (const control of [
      'Sign the declaration',
      'Try again',
      'Download the session log',
      'Go to the next prompt',
    ])
      expect(text).not.toContain(control);
    poppler('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(dir, 'debrief-page')]);
    await page.emulateMedia({ media: null });
    expect(pageErrors(page)).toEqual([]);
    await context.close();
    if (!SHOTS) rmSync(dir, { recursive: true, force: true });
  });
});
