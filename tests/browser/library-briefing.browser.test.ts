// The library and briefing in real Chromium: no axe violations, keyboard filtering, starting a
// session, finding it again after a reload, deleting with confirmation, and reflow at 320px.
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launch, openApp, pageErrors } from './harness';
import { startSession, stepBack, takeTurn } from './play';

interface ScenarioFacts {
  id: string;
  title: string;
  difficulty: string;
  flow: { safetyEnding: string };
  endings: Record<string, { title: string }>;
}

const builtIn: ScenarioFacts[] = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => parse(readFileSync(`scenarios/${f}`, 'utf8')) as ScenarioFacts);
const first = builtIn[0]!;

const expectNoAxeViolations = async (page: Page) => {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
};

/** Presses Tab until the control labelled `label` has focus, as a keyboard user would. */
async function tabTo(page: Page, label: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    });
    if (focused === label) return;
  }
  throw new Error(`Tab never reached "${label}"`);
}

describe('library and briefing in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has no axe violations on the library or on a briefing', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('heading', { level: 1, name: 'Scenario library' }).waitFor();
    await page.getByRole('heading', { level: 3, name: first.title }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: `Read the briefing for ${first.title}` }).click();
    await page.getByRole('heading', { level: 1, name: first.title }).waitFor();
    await page.getByRole('button', { name: 'Start the conversation' }).waitFor();
    await expectNoAxeViolations(page);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('filters by difficulty with the keyboard, announcing how many are shown', async () => {
    const { context, page } = await openApp(browser);
    const status = page.getByRole('status').filter({ hasText: /^Showing/ });
    await expect
      .poll(() => status.textContent())
      .toBe(`Showing ${builtIn.length} of ${builtIn.length} scenarios`);

    await tabTo(page, 'Difficulty');
    await page.keyboard.press('ArrowDown');
    const introductory = builtIn.filter((s) => s.difficulty === 'introductory');
    await expect.poll(() => page.getByLabel('Difficulty').inputValue()).toBe('introductory');
    await expect
      .poll(() => status.textContent())
      .toBe(`Showing ${introductory.length} of ${builtIn.length} scenarios`);
    await expect
      .poll(() => page.getByRole('heading', { level: 3 }).allTextContents())
      .toEqual(introductory.map((s) => s.title));
    await context.close();
  });

  it('starts a practice session from the briefing, and lists it under "Continue where you left off" after a reload', async () => {
    const { context, page } = await openApp(browser);
    const link = page.getByRole('link', { name: `Read the briefing for ${first.title}` });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: first.title }).waitFor();

    await page.getByLabel('Your name (optional)').fill('  Sam Keyboard ');
    await expect.poll(() => page.getByRole('radio', { name: 'Practice' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Start the conversation' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/play\/[^/]+$/);
    const sessionId = new URL(page.url()).hash.slice('#/play/'.length);

    await page.goto(new URL('#/', page.url()).href);
    await page.reload();
    const continuing = page.getByRole('region', { name: 'Continue where you left off' });
    const resume = continuing.getByRole('link', { name: `Continue ${first.title}` });
    await resume.waitFor();
    await expect.poll(() => resume.getAttribute('href')).toBe(`#/play/${sessionId}`);
    await continuing.getByText('Practice').waitFor();
    await expect.poll(() => continuing.getByText('Practice').count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('lists past sessions without axe violations, and asks before deleting one', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('heading', { level: 1, name: 'Scenario library' }).waitFor();
    // Two real sessions, played through the UI: one finished (stepped back), one left after a turn.
    await startSession(page, { scenarioId: first.id });
    await stepBack(page);
    await startSession(page, { scenarioId: first.id });
    await takeTurn(page, 0);
    await page.goto(new URL('#/', page.url()).href);
    await page.reload();
    const past = page.getByRole('region', { name: 'Past sessions' });
    await past.getByText(first.endings[first.flow.safetyEnding]!.title).waitFor();
    await page
      .getByRole('region', { name: 'Continue where you left off' })
      .getByRole('link', { name: `Continue ${first.title}` })
      .waitFor();
    await expectNoAxeViolations(page);

    const remove = past.getByRole('button', {
      name: new RegExp(`^Delete the session ${first.title}, `),
    });
    await remove.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete this session?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Focus goes back to the button that opened the dialog.
    await expect.poll(() => remove.evaluate((el) => el === document.activeElement)).toBe(true);

    await remove.click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page
      .getByText('No past sessions yet — your finished conversations will appear here.')
      .waitFor();
    await page.reload();
    await page
      .getByText('No past sessions yet — your finished conversations will appear here.')
      .waitFor();
    await page.getByRole('link', { name: `Continue ${first.title}` }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('reflows at 320px wide with nothing cut off sideways', async () => {
    const { context, page } = await openApp(browser);
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    // Measured once the whole library is drawn (every card), then once the briefing is.
    for (const s of builtIn) await page.getByRole('heading', { level: 3, name: s.title }).waitFor();
    await page.getByText(`Showing ${builtIn.length} of ${builtIn.length} scenarios`).waitFor();
    await expect.poll(overflow).toBe(0);
    await page.getByRole('link', { name: `Read the briefing for ${first.title}` }).click();
    await page.getByRole('button', { name: 'Start the conversation' }).waitFor();
    await expect.poll(overflow).toBe(0);
    await context.close();
  });
});
