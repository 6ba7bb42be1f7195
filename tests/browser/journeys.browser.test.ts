// The learner's journeys in real Chromium, against the production build: keyboard only from the
// library to the debrief, resuming after a reload, assessment mode, axe on play and debrief, and
// reduced motion. They rely on the accessible names in the shared UI contract.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launch, openApp, pageErrors } from './harness';

const SCENARIO = { id: 'passport-delay', title: 'Passport delayed, flight on Friday' };
const PHONE_SCENARIO = 'benefit-stopped';

const responses = (page: Page) =>
  page.getByRole('group', { name: 'Your response' }).getByRole('button');
const conversation = (page: Page) =>
  page.getByRole('list', { name: 'Conversation' }).getByRole('listitem');
const onDebrief = (page: Page) => page.url().includes('#/debrief/');

/** Starts a session from its briefing with the mouse (the keyboard journey does it by keyboard). */
async function start(page: Page, mode: 'Practice' | 'Assessment', scenarioId = SCENARIO.id) {
  await page.goto(new URL(`#/briefing/${scenarioId}`, page.url()).href);
  await page.getByRole('radio', { name: mode }).check();
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.getByRole('group', { name: 'Your response' }).waitFor();
}

/** Clicks a response and waits until the customer has answered (or the conversation has ended). */
async function take(page: Page, index: number) {
  const before = await conversation(page).count();
  await responses(page).nth(index).click();
  await page.waitForFunction(
    (n) =>
      location.hash.startsWith('#/debrief/') ||
      document.querySelectorAll('ol[aria-label="Conversation"] > li').length >= n + 2,
    before,
  );
}

/** What has focus, described for assertions. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? 'none',
      text: el?.textContent?.trim() ?? '',
      inResponses: Boolean(el?.closest('[role="group"]')),
      isCurrentLine: Boolean(el?.matches('ol[aria-label="Conversation"] > li:last-child')),
    };
  });

/** Presses Tab until `matches` holds for the focused element, failing after `max` presses. */
async function tabUntil(
  page: Page,
  matches: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  max = 40,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (matches(f)) return f;
  }
  throw new Error(
    `focus never reached the target in ${max} Tab presses (last: ${JSON.stringify(await focused(page))})`,
  );
}

describe('learner journeys', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('can go from the library to the debrief by keyboard alone, focus never lost after a turn', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('heading', { level: 1, name: 'Scenario library' }).waitFor();
    await tabUntil(
      page,
      (f) => f.tag === 'a' && f.text === `Read the briefing for ${SCENARIO.title}`,
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: SCENARIO.title }).waitFor();
    await tabUntil(page, (f) => f.text.startsWith('Start the conversation'));
    // Back to the mode choice and forward again: Shift+Tab must walk the same order in reverse.
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).not.toMatch(/^Start the conversation/);
    await tabUntil(page, (f) => f.text.startsWith('Start the conversation'), 3);
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Your response' }).waitFor();

    let turns = 0;
    while (!onDebrief(page) && turns < 12) {
      const first = await tabUntil(page, (f) => f.inResponses);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      expect((await focused(page)).text).toBe(first.text);
      const before = await conversation(page).count();
      await page.keyboard.press(turns % 2 === 0 ? 'Space' : 'Enter');
      await page.waitForFunction(
        (n) =>
          location.hash.startsWith('#/debrief/') ||
          document.querySelectorAll('ol[aria-label="Conversation"] > li').length >= n + 2,
        before,
      );
      turns++;
      if (onDebrief(page)) break;
      const after = await focused(page);
      expect(after.tag, `turn ${turns}: focus lost`).not.toBe('body');
      expect(after.isCurrentLine, `turn ${turns}: focus is on ${JSON.stringify(after)}`).toBe(true);
    }
    const heading = page.getByRole('heading', { level: 1, name: `Debrief: ${SCENARIO.title}` });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await tabUntil(page, (f) => f.text === 'Try again');
    expect(turns).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('resumes at the same turn with the same transcript after a reload', async () => {
    const { context, page } = await openApp(browser);
    await start(page, 'Practice');
    await take(page, 0);
    await take(page, 1);
    const transcript = await conversation(page).allInnerTexts();
    const status = await page.getByRole('status').filter({ hasText: 'Customer mood:' }).innerText();
    const turnText = await page.getByText(/Turn \d+ of at most/).innerText();
    await page.reload();
    await page.getByRole('group', { name: 'Your response' }).waitFor();
    expect(await conversation(page).allInnerTexts()).toEqual(transcript);
    expect(await page.getByRole('status').filter({ hasText: 'Customer mood:' }).innerText()).toBe(
      status,
    );
    expect(turnText).toMatch(/Turn 3 of at most/);
    expect(await page.getByText(/Turn \d+ of at most/).innerText()).toBe(turnText);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows no tension meter, hint or replay in assessment mode', async () => {
    const { context, page } = await openApp(browser);
    await start(page, 'Assessment');
    await take(page, 0);
    await expect(
      page.getByRole('status').filter({ hasText: 'Customer mood:' }).count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('meter').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Show a hint' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Step back and get support' }).click();
    await page.getByRole('heading', { level: 1, name: `Debrief: ${SCENARIO.title}` }).waitFor();
    await expect(page.getByRole('button', { name: /^Replay from turn/ }).count()).resolves.toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('has no axe violations on play (face to face and telephone) or on the debrief', async () => {
    const { context, page } = await openApp(browser);
    await start(page, 'Practice');
    await take(page, 0);
    await page.getByRole('button', { name: 'Show a hint' }).click();
    const play = await axeViolations(page);
    expect(play, describeViolations(play)).toEqual([]);
    await start(page, 'Practice', PHONE_SCENARIO);
    await take(page, 1);
    const phone = await axeViolations(page);
    expect(phone, describeViolations(phone)).toEqual([]);
    await take(page, 0);
    await page.getByRole('button', { name: 'Step back and get support' }).click();
    await page.getByRole('button', { name: 'Replay from turn 1' }).waitFor();
    const debrief = await axeViolations(page);
    expect(debrief, describeViolations(debrief)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  /**
   * Takes a turn that changes the customer's mood and samples the figure over the next frames: the
   * running animations, and the mouth and posture as drawn, then the pose once everything has
   * settled. With motion on the samples differ (the control case proves the check can fail); with
   * reduced motion every frame already shows the end pose.
   */
  async function motionAfterTurn(reducedMotion: 'reduce' | 'no-preference') {
    const { context, page } = await openApp(browser, { reducedMotion });
    await start(page, 'Practice');
    const last = (await responses(page).count()) - 1;
    const result = await page.evaluate(async (index) => {
      const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
      const sample = () => {
        const mouth = document.querySelector('.figure .mouth')?.getAttribute('d') ?? '';
        const body =
          (document.querySelector('.figure > g') as SVGGElement | null)?.style.transform ?? '';
        return `${mouth}|${body}`;
      };
      const before = document.querySelectorAll('ol[aria-label="Conversation"] > li').length;
      const buttons = document.querySelectorAll<HTMLButtonElement>('[role="group"] button');
      buttons[index]!.click();
      while (document.querySelectorAll('ol[aria-label="Conversation"] > li').length < before + 2)
        await frame();
      // framer-motion applies even an instant change on its next frame: start sampling after that.
      await frame();
      await frame();
      const samples: string[] = [];
      let animations = 0;
      for (let i = 0; i < 8; i++) {
        samples.push(sample());
        animations = Math.max(animations, document.getAnimations().length);
        await frame();
      }
      await new Promise((r) => setTimeout(r, 1500));
      samples.push(sample());
      return {
        distinct: new Set(samples).size,
        animations,
        mood: document.querySelector('.figure')?.getAttribute('data-mood'),
      };
    }, last);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
    return result;
  }

  it('runs no animation when reduced motion is requested', async () => {
    const reduced = await motionAfterTurn('reduce');
    expect(reduced.animations).toBe(0);
    expect(reduced.distinct).toBe(1);
    const moving = await motionAfterTurn('no-preference');
    expect(moving.mood).toBe(reduced.mood);
    expect(
      moving.distinct,
      'control: with motion allowed the figure should be seen moving',
    ).toBeGreaterThan(1);
  });
});
