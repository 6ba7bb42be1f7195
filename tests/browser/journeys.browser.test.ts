// The learner's journeys in real Chromium, against the production build: keyboard only from the
// library to the debrief, resuming after a reload, assessment mode, axe on play and debrief, and
// reduced motion. They rely on the accessible names in the shared UI contract.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mood } from '../../src/domain/scenario/schema';
import { POSES } from '../../src/features/play/figure-poses';
import { axeViolations, describeViolations, launch, openApp, pageErrors } from './harness';
import { authorsResponse, moodChangingResponse, openSection, stepBack } from './play';

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
  await (await authorsResponse(page, index)).click();
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
      type: el?.getAttribute('type') ?? '',
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
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'input', type: 'radio' });
    await tabUntil(page, (f) => f.text.startsWith('Start the conversation'), 3);
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Your response' }).waitFor();

    let turns = 0;
    while (!onDebrief(page) && turns < 12) {
      const first = await tabUntil(page, (f) => f.inResponses);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      await expect.poll(async () => (await focused(page)).text).toBe(first.text);
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
      // Focus lands on the customer's new line (never left on <body>).
      await expect
        .poll(() => focused(page), {
          message: `turn ${turns}: focus should be on the customer's new line`,
        })
        .toMatchObject({ isCurrentLine: true });
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
    expect(turnText).toMatch(/Turn 3 of at most/);
    await page.reload();
    await page.getByRole('group', { name: 'Your response' }).waitFor();
    await expect.poll(() => conversation(page).allInnerTexts()).toEqual(transcript);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Customer mood:' }).innerText())
      .toBe(status);
    await expect.poll(() => page.getByText(/Turn \d+ of at most/).innerText()).toBe(turnText);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows no tension meter, hint or replay in assessment mode', async () => {
    const { context, page } = await openApp(browser);
    await start(page, 'Assessment');
    await take(page, 0);
    // Once the turn's screen is up (the cue, options), the practice aids and the mood label are absent.
    await page.getByRole('heading', { name: 'What you notice' }).waitFor();
    await responses(page).first().waitFor();
    await expect.poll(() => page.getByText('Customer mood:').count()).toBe(0);
    await expect.poll(() => page.getByRole('meter').count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Show a hint' }).count()).toBe(0);
    await stepBack(page);
    await page.getByRole('heading', { level: 1, name: `Debrief: ${SCENARIO.title}` }).waitFor();
    // The turn list is drawn, where practice mode puts a replay button on every turn.
    await openSection(page, 'turns');
    await page.locator('#turn-1').waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: /^Replay from turn/ }).count())
      .toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('has no axe violations on play (face to face and telephone) or on the debrief', async () => {
    const { context, page } = await openApp(browser);
    await start(page, 'Practice');
    await take(page, 0);
    await page.getByRole('button', { name: 'Show a hint' }).click();
    await page.locator('.hint-text').waitFor();
    const play = await axeViolations(page);
    expect(play, describeViolations(play)).toEqual([]);
    await start(page, 'Practice', PHONE_SCENARIO);
    await take(page, 1);
    const phone = await axeViolations(page);
    expect(phone, describeViolations(phone)).toEqual([]);
    await take(page, 0);
    await stepBack(page);
    await openSection(page, 'turns');
    await openSection(page, 'account');
    await page.getByRole('button', { name: 'Replay from turn 1' }).waitFor();
    const debrief = await axeViolations(page);
    expect(debrief, describeViolations(debrief)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  /**
   * Takes a turn that changes the customer's mood and records every value the figure is given: each
   * mouth outline (a path morph, which only the app's instant transition stops) and each body
   * transform (which framer-motion's reducedMotion="user" stops), from a MutationObserver's old
   * values, so no write is missed however slowly frames come; and the most Web Animations running in
   * any frame. It waits for the end state, not for a time: the mood has changed, the mouth has the
   * new mood's outline, and nothing has been written for 10 frames.
   */
  async function motionAfterTurn(reducedMotion: 'reduce' | 'no-preference') {
    const { context, page } = await openApp(browser, { reducedMotion });
    await start(page, 'Practice');
    const figure = page.locator('svg.figure');
    await figure.locator('.mouth').waitFor({ state: 'attached' });
    const moodBefore = (await figure.getAttribute('data-mood')) as Mood;
    await page.evaluate(() => {
      const mouth = document.querySelector('.figure .mouth')!;
      const body = document.querySelector<SVGGElement>('.figure > g')!;
      const scratch = document.createElement('div');
      // Parsed through the CSSOM: the app's Content-Security-Policy refuses setAttribute('style').
      const transformIn = (style: string | null) => {
        scratch.style.cssText = style ?? '';
        return scratch.style.transform;
      };
      const rec = {
        mouth: [mouth.getAttribute('d') ?? ''],
        body: [body.style.transform],
        animations: 0,
        frames: 0,
        lastWrite: 0,
      };
      const add = (list: string[], value: string) => {
        if (list[list.length - 1] !== value) list.push(value);
      };
      // One observer for both, so their records come in the order the writes were made.
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          if (r.target === mouth) add(rec.mouth, r.oldValue ?? '');
          else add(rec.body, transformIn(r.oldValue));
        }
        add(rec.mouth, mouth.getAttribute('d') ?? '');
        add(rec.body, body.style.transform);
        rec.lastWrite = rec.frames;
        rec.animations = Math.max(rec.animations, document.getAnimations().length);
      });
      observer.observe(mouth, { attributeFilter: ['d'], attributeOldValue: true });
      observer.observe(body, { attributeFilter: ['style'], attributeOldValue: true });
      const frame = () => {
        rec.frames += 1;
        rec.animations = Math.max(rec.animations, document.getAnimations().length);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      (window as unknown as { motionRecord: typeof rec }).motionRecord = rec;
    });
    await (await moodChangingResponse(page)).click();
    const handle = await page.waitForFunction(
      ({ before, poses }) => {
        const rec = (
          window as unknown as {
            motionRecord: {
              mouth: string[];
              body: string[];
              animations: number;
              frames: number;
              lastWrite: number;
            };
          }
        ).motionRecord;
        const mood = document.querySelector('.figure')?.getAttribute('data-mood') ?? '';
        const mouth = document.querySelector('.figure .mouth')?.getAttribute('d');
        const settled =
          mood !== before && mouth === poses[mood] && rec.frames - rec.lastWrite >= 10;
        return settled && { ...rec, mood };
      },
      {
        before: moodBefore,
        poses: Object.fromEntries(Object.entries(POSES).map(([m, p]) => [m, p.mouth])),
      },
    );
    const result = (await handle.jsonValue()) as {
      mouth: string[];
      body: string[];
      animations: number;
      mood: Mood;
    };
    expect(pageErrors(page)).toEqual([]);
    await context.close();
    return { ...result, moodBefore };
  }

  it('runs no animation when reduced motion is requested', async () => {
    const reduced = await motionAfterTurn('reduce');
    expect(reduced.mood).not.toBe(reduced.moodBefore);
    // One jump from the old pose to the new: no shape or transform in between, no Web Animation.
    expect(reduced.mouth).toEqual([POSES[reduced.moodBefore].mouth, POSES[reduced.mood].mouth]);
    expect(
      reduced.body.length,
      `body transforms: ${JSON.stringify(reduced.body)}`,
    ).toBeLessThanOrEqual(2);
    expect(reduced.animations).toBe(0);
    // Control: with motion allowed, the same turn is seen passing through in-between shapes.
    const moving = await motionAfterTurn('no-preference');
    expect(moving.moodBefore).toBe(reduced.moodBefore);
    expect(moving.mood).toBe(reduced.mood);
    expect(
      moving.mouth.length,
      'control: with motion allowed the mouth should morph through in-between shapes',
    ).toBeGreaterThan(2);
    expect(moving.mouth.at(-1)).toBe(POSES[moving.mood].mouth);
    expect(
      moving.body.length,
      'control: the body should move through in-between transforms',
    ).toBeGreaterThan(2);
  });
});
