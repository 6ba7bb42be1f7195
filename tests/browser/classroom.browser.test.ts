// Classroom mode (#11) in real Chromium, in two windows of one browser: the tutor's control panel and
// the presenter window it opens (context.waitForEvent('page')). Choosing, pausing and revealing on
// the panel show on the presenter; rewinding makes a branch; a presenter closed and opened again
// comes back to where the class is; the presenter never shows tutor-only content, keeps the
// customer's line at 32 px or more and every option inside a 1920×1080 window; axe finds nothing on
// either window; and the control panel runs from the keyboard alone, down to the class record.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadShippedScenarioVersions } from '../../scripts/scenario-versions';
import { initialMood } from '../../src/domain/escalation/mood';
import { stateAt } from '../../src/domain/escalation/state-at';
import { MOODS, type Mood } from '../../src/domain/scenario/vocabulary';
import { presenterView } from '../../src/features/tutor/presenter/presenter-view';
import { newClassLog } from '../../src/test-util/class-log';
import { TECHNIQUE_INFO, TECHNIQUES } from '../../src/domain/escalation/techniques';
import type { Scenario } from '../../src/domain/scenario/schema';
import { verifyLog } from '../../src/domain/session/verify-log';
import { builtInScenarios } from '../support/built-in-scenarios';
import {
  axeViolations,
  describeViolations,
  launch,
  openApp,
  pageErrors,
  waitFor,
  watchPage,
} from './harness';

/** A built-in scenario with tutor notes on every beat and a discussion prompt at the start. */
const scenario: Scenario = builtInScenarios().find(
  (s) => Object.values(s.beats).every((b) => b.tutorNotes) && s.beats[s.flow.start]!.discussion,
)!;
const start = scenario.beats[scenario.flow.start]!;
const opening = start.customer[initialMood(scenario.customer.initialTension)];
const allResponses = Object.values(scenario.beats).flatMap((b) => b.responses);

/**
 * What only the tutor may see: every beat's notes, the technique names, tension figures, the
 * predictions and the vote counts. (The class may read that tension rose or fell once revealed.)
 */
const TUTOR_ONLY: (string | RegExp)[] = [
  ...Object.values(scenario.beats).map((b) => b.tutorNotes!),
  ...TECHNIQUES.map((t) => TECHNIQUE_INFO[t].label),
  'Tutor notes',
  'Predicted effect',
  '(poor)',
  /Tension \d/,
  /\d+ votes?\b/,
];

/** A tension each mood can have. */
const TENSION_FOR: Readonly<Record<Mood, number>> = {
  calm: 20,
  'de-escalated': 25,
  frustrated: 50,
  aggressive: 80,
};

const SHOTS = join('tests', 'browser', '.artifacts');
const VOTING = 'What would you say? Vote by number';

const expectNoAxeViolations = async (page: Page) => {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
};

/** Waits until the presenter shows no tutor-only content (and says what it found if it does). */
const expectNoTutorContent = (presenter: Page) =>
  expect
    .poll(async () => {
      const text = await presenter.locator('body').innerText();
      return TUTOR_ONLY.filter((t) => (typeof t === 'string' ? text.includes(t) : t.test(text)));
    })
    .toEqual([]);

/**
 * What keeps the presenter from being read from the back of the room: the customer's line under
 * 32 px, an option (or anything) outside the window, or a page that scrolls. Empty when readable.
 */
const unreadable = (presenter: Page) =>
  presenter.evaluate(() => {
    const problems: string[] = [];
    const line = document.querySelector('.presenter-line');
    if (!line) return ['no customer line'];
    const size = parseFloat(getComputedStyle(line).fontSize);
    if (size < 32) problems.push(`line at ${size}px`);
    const items = [...document.querySelectorAll('.presenter-options li')];
    if (items.length < 4) problems.push(`${items.length} options`);
    for (const [i, el] of [line, ...items].entries()) {
      const box = el.getBoundingClientRect();
      if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth)
        problems.push(
          `element ${i} at ${JSON.stringify(box)} is outside ${innerWidth}×${innerHeight}`,
        );
    }
    const root = document.scrollingElement!;
    if (root.scrollHeight > innerHeight) problems.push(`the page scrolls (${root.scrollHeight}px)`);
    return problems;
  });

/** Opens the presenter window from the control panel and sizes it as a 1080p projector. */
async function openPresenter(context: BrowserContext, open: () => Promise<void>): Promise<Page> {
  const [presenter] = await Promise.all([context.waitForEvent('page'), open()]);
  watchPage(presenter);
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  return presenter;
}

async function startClass(page: Page, className: string) {
  await page.goto(new URL('#/tutor', page.url()).href);
  await page.getByRole('radio', { name: new RegExp(escape(scenario.title)) }).check();
  await page.getByLabel('Class or group (optional)').fill(className);
  await page.getByRole('button', { name: 'Start the class session' }).click();
  await page.getByRole('heading', { level: 1, name: `Classroom: ${scenario.title}` }).waitFor();
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The response text of option `n` on the control panel. */
const optionText = async (page: Page, n: number) =>
  (await page
    .getByRole('table', { name: 'Options, as numbered on the projected screen' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: String(n), exact: true }) })
    .getByRole('cell')
    .first()
    .textContent())!.trim();

/** The class sessions' logs as the classroom's database holds them now. */
const storedHeaders = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ sessionId: string; branchedFrom: unknown }[]>((resolve, reject) => {
        const open = indexedDB.open('defuse-classroom');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const rows = db.transaction('sessions').objectStore('sessions').getAll();
          rows.onsuccess = () => {
            db.close();
            resolve(
              (rows.result as { header: { sessionId: string; branchedFrom: unknown } }[]).map(
                (r) => r.header,
              ),
            );
          };
          rows.onerror = () => reject(rows.error);
        };
      }),
  );

/** The text of an HTML document, tags dropped and entities read. */
const textOf = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(
      /&(#39|quot|lt|gt|amp);/g,
      (_, e: string) => ({ '#39': "'", quot: '"', lt: '<', gt: '>', amp: '&' })[e]!,
    )
    .replace(/\s+/g, ' ');

/** Waits for the next turn's options or the ending on the control panel; says which. */
const nextTurnOrEnding = (page: Page) =>
  waitFor(
    async () =>
      (await page.locator('strong', { hasText: /^The conversation has ended$/ }).count()) > 0
        ? ('ended' as const)
        : (await page.locator('strong', { hasText: /^Voting$/ }).count()) > 0
          ? ('voting' as const)
          : undefined,
    { message: 'the next turn or the ending' },
  );

async function downloadOf(page: Page, press: () => Promise<void>) {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), press()]);
  return {
    name: download.suggestedFilename(),
    text: await readFile((await download.path())!, 'utf8'),
  };
}

describe('classroom mode: a control panel and a presenter window', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has a scenario with tutor notes to run', () => {
    expect(
      scenario,
      'a built-in scenario with tutorNotes and discussion on every beat',
    ).toBeDefined();
  });

  it('the presenter follows the panel: choose, pause, reveal, rewind, and a reopened window resyncs', async () => {
    const { context, page } = await openApp(browser);
    await startClass(page, 'Group 2B');
    let presenter = await openPresenter(context, () =>
      page.getByRole('button', { name: 'Open the presenter window' }).click(),
    );
    await presenter.getByText(opening.line, { exact: true }).waitFor();
    await page.getByText('Presenter window open: it shows what the class sees.').waitFor();

    // Large type, everything in view, nothing only the tutor should see.
    await expect.poll(() => unreadable(presenter)).toEqual([]);
    await presenter.screenshot({ path: join(SHOTS, 'presenter-1920x1080.png') });
    await expectNoTutorContent(presenter);
    await expectNoAxeViolations(presenter);
    await expectNoAxeViolations(page);
    await presenter.getByRole('heading', { name: VOTING }).waitFor();
    await expect.poll(() => presenter.locator('body').innerText()).not.toContain(start.discussion!);

    // The class votes: the counts stay on the panel.
    const more = page.getByRole('button', { name: 'One more vote for option 2' });
    await more.click();
    await more.click();
    await page
      .getByRole('group', { name: 'Votes for option 2' })
      .getByText('2', { exact: true })
      .waitFor();
    await expectNoTutorContent(presenter);

    // Pause for discussion: the prompt goes up.
    await page.getByRole('button', { name: 'Pause for discussion' }).click();
    await presenter.getByRole('heading', { name: 'Discuss' }).waitFor();
    await presenter.getByText(start.discussion!, { exact: true }).waitFor();
    await expectNoAxeViolations(presenter);

    // Choose (the most voted): the presenter shows the class's choice.
    const chosen = await optionText(page, 2);
    await page.getByRole('button', { name: 'Choose 2 (most votes)' }).click();
    await presenter.getByRole('heading', { name: 'The class chose' }).waitFor();
    await presenter.locator('.presenter-chosen').filter({ hasText: chosen }).waitFor();
    await presenter.getByRole('heading', { name: 'Discuss' }).waitFor({ state: 'detached' });

    // Reveal: what it did and why.
    await page.getByRole('button', { name: 'Reveal' }).click();
    await presenter.getByRole('heading', { name: 'What it did' }).waitFor();
    const response = allResponses.find((r) => r.text.trim() === chosen)!;
    await presenter.getByText(response.feedback.why.trim(), { exact: true }).waitFor();
    await expectNoTutorContent(presenter);
    await expectNoAxeViolations(presenter);
    await expectNoAxeViolations(page);

    // On to turn 2.
    await page.getByRole('button', { name: /^(Next turn|Show the ending)$/ }).click();
    await presenter.getByText(/^Turn 2 of at most \d+$|^The conversation has ended$/).waitFor();

    // Rewind to turn 1: a new branch, in the tree and in storage; the presenter is back at turn 1.
    const firstBranch = new URL(page.url()).hash;
    await page.getByRole('combobox', { name: 'Take this turn again' }).selectOption('1');
    await page.getByRole('button', { name: 'Rewind to turn 1' }).click();
    const tree = page.getByRole('region', { name: 'Branches explored' });
    await tree.getByText('Branch 2: turn 1 again, from branch 1 (on screen)').waitFor();
    await tree.getByRole('button', { name: 'Branch 1' }).waitFor();
    await expect.poll(() => new URL(page.url()).hash).not.toBe(firstBranch);
    await presenter
      .getByText(`Turn 1 of at most ${scenario.flow.maxTurns}`, { exact: true })
      .waitFor();
    await presenter.getByText(opening.line, { exact: true }).waitFor();
    const headers = await waitFor(
      async () => {
        const h = await storedHeaders(page);
        return h.length === 2 ? h : undefined;
      },
      { message: 'two stored branches' },
    );
    const branch = headers.find((h) => h.branchedFrom !== null)!;
    expect(branch.branchedFrom).toMatchObject({
      sessionId: firstBranch.slice('#/tutor/class/'.length),
      entry: 0,
    });

    // Saved as it goes: a reload of the control panel comes back to the same branch and tree, and
    // the presenter (still open) follows it again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Classroom: ${scenario.title}` }).waitFor();
    await tree.getByText('Branch 2: turn 1 again, from branch 1 (on screen)').waitFor();
    await presenter.getByText(opening.line, { exact: true }).waitFor();

    // The presenter is closed; the class chooses; a new presenter window shows where it is.
    await presenter.close();
    await page
      .getByText('No presenter window open. Open it, then drag it to the projector.')
      .waitFor();
    const other = await optionText(page, 1);
    await page.getByRole('button', { name: 'Choose 1', exact: true }).click();
    await page.getByText('The class said:').waitFor();
    presenter = await openPresenter(context, () =>
      page.getByRole('button', { name: 'Open the presenter window' }).click(),
    );
    await presenter.getByRole('heading', { name: 'The class chose' }).waitFor();
    await presenter.locator('.presenter-chosen').filter({ hasText: other }).waitFor();
    await expectNoTutorContent(presenter);

    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(presenter)).toEqual([]);
    await context.close();
  });

  it('keeps the line large and every option in view at 1920×1080 on each turn of a whole scenario', async () => {
    const { context, page } = await openApp(browser);
    await startClass(page, '');
    const presenter = await openPresenter(context, () =>
      page.getByRole('button', { name: 'Open the presenter window' }).click(),
    );
    for (let turn = 1; turn <= scenario.flow.maxTurns; turn++) {
      await presenter
        .getByText(`Turn ${turn} of at most ${scenario.flow.maxTurns}`, { exact: true })
        .waitFor();
      await presenter.getByRole('heading', { name: VOTING }).waitFor();
      await expect.poll(() => unreadable(presenter), { message: `turn ${turn}` }).toEqual([]);
      await expectNoTutorContent(presenter);
      // The longest option each time (the most to fit next turn), until the conversation ends.
      const texts = await Promise.all([1, 2, 3].map((n) => optionText(page, n)));
      const longest = texts.indexOf(texts.reduce((a, b) => (b.length > a.length ? b : a))) + 1;
      await page.getByRole('button', { name: `Choose ${longest}`, exact: true }).click();
      await page.getByText('The class said:').waitFor();
      await page.getByRole('button', { name: /^(Next turn|Show the ending)$/ }).click();
      if ((await nextTurnOrEnding(page)) === 'ended') break;
    }
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('fits every beat of every built-in scenario, paused for discussion, on a 1920×1080 screen', async () => {
    const { context, page } = await openApp(browser, { path: '#/tutor/presenter' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByText('Waiting for the control panel…').waitFor();
    // Another page of the same browser speaks for the control panel on the presenter channel.
    const panel = await context.newPage();
    await panel.goto(new URL('#/tutor', page.url()).href);
    for (const s of builtInScenarios()) {
      const log = await newClassLog(s, { sessionId: s.id });
      for (const [beatId, beat] of Object.entries(s.beats)) {
        // The mood whose line and cue are longest: the most to fit.
        const mood = MOODS.reduce((a, b) =>
          beat.customer[b].line.length + beat.customer[b].cue.length >
          beat.customer[a].line.length + beat.customer[a].cue.length
            ? b
            : a,
        );
        const engine = stateAt(s, { beatId, mood, tension: TENSION_FOR[mood] });
        const view = presenterView({ scenario: s, log, engine, stage: 'discussing' });
        await panel.evaluate(
          (v) =>
            new BroadcastChannel('defuse-classroom-presenter').postMessage({
              kind: 'view',
              view: v,
            }),
          view,
        );
        await page.getByText(view!.customer!.line, { exact: true }).waitFor();
        await expect
          .poll(() => unreadable(page), { message: `${s.id} ${beatId} (${mood})` })
          .toEqual([]);
      }
    }
    await context.close();
  });

  it('runs from the keyboard alone: start, vote, choose, reveal, curveball, rewind, branches, record', async () => {
    const { context, page } = await openApp(browser);
    await page.goto(new URL('#/tutor', page.url()).href);
    await page.getByRole('heading', { level: 1, name: 'Classroom mode' }).waitFor();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${el?.tagName.toLowerCase()}:${el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? ''}`;
      });
    /** Tabs (at most 80 times) until `match` has focus. */
    const tabTo = async (match: RegExp) => {
      for (let i = 0; i < 80 && !match.test(await focused()); i++) await page.keyboard.press('Tab');
      await expect.poll(focused).toMatch(match);
    };

    // Start: the scenario radios are one tab stop; arrows pick one; the form submits with Enter.
    await tabTo(/^input:/);
    const ids = await page
      .getByRole('radio')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    for (let i = 0; i < ids.indexOf(scenario.id); i++) await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.getByRole('radio', { name: new RegExp(escape(scenario.title)) }).isChecked())
      .toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Keyboard class');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Classroom: ${scenario.title}` }).waitFor();

    // Votes by Tab and Space on the + buttons, and by digits.
    await tabTo(/^button:One more vote for option 1$/);
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    const count = (n: number) => page.getByRole('group', { name: `Votes for option ${n}` });
    await count(1).getByText('2', { exact: true }).waitFor();
    await page.keyboard.press('3');
    await page.keyboard.press('Shift+Digit1');
    await count(1).getByText('1', { exact: true }).waitFor();
    await count(3).getByText('1', { exact: true }).waitFor();
    await page.keyboard.press('1');
    await page.getByRole('button', { name: 'Choose 1 (most votes)' }).waitFor();

    // Pause and back, choose, reveal, next — each by its letter.
    await page.keyboard.press('p');
    await page.locator('strong', { hasText: 'Paused for discussion' }).waitFor();
    await page.keyboard.press('p');
    await page.locator('strong', { hasText: /^Voting$/ }).waitFor();
    const said = await optionText(page, 1);
    await page.keyboard.press('c');
    await page.getByText(`The class said: ${said}`).waitFor();
    await page.keyboard.press('r');
    await page.locator('strong', { hasText: 'Revealed: what it did and why' }).waitFor();
    await page.keyboard.press('n');
    const afterTurn1 = await nextTurnOrEnding(page);

    // A curveball (while the class is still answering): B goes to its reason; Enter throws it; Tab
    // leaves the field, so the letters are shortcuts again.
    if (afterTurn1 === 'voting') {
      const before = await page
        .getByRole('meter', { name: 'Tension' })
        .getAttribute('aria-valuenow');
      await page.keyboard.press('b');
      await expect.poll(focused).toMatch(/^input:/);
      await page.keyboard.type('A fire alarm test starts');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('meter', { name: 'Tension' }).getAttribute('aria-valuenow'))
        .not.toBe(before);
      await page.keyboard.press('Tab');
      await expect.poll(focused).toMatch(/^button:Throw the curveball$/);
    }

    // Rewind: W goes to the turn; Tab to the button; Enter makes the branch.
    await page.keyboard.press('w');
    await expect.poll(focused).toMatch(/^select:/);
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatch(/^button:Rewind to turn 1$/);
    await page.keyboard.press('Enter');
    const tree = page.getByRole('region', { name: 'Branches explored' });
    await tree.getByText('Branch 2: turn 1 again, from branch 1 (on screen)').waitFor();
    // Back to the first branch from the tree.
    await tabTo(/^button:Branch 1$/);
    await page.keyboard.press('Enter');
    await tree.getByText('Branch 1 (on screen)').waitFor();

    // The class record: J and S download it; O opens the presenter window.
    const json = await downloadOf(page, () => page.keyboard.press('j'));
    expect(json.name).toMatch(/^defuse-.*-practice-class-record-.*keyboard-class.*\.json$/);
    const record = JSON.parse(json.text) as { kind: string; branches: unknown[] };
    expect(record.kind).toBe('defuse.class-record');
    expect(record.branches).toHaveLength(2);
    const versions = await loadShippedScenarioVersions('scenarios');
    for (const log of record.branches) {
      const verdict = await verifyLog(JSON.stringify(log), (id, hash) => {
        const s = versions.get(hash);
        return s?.id === id ? s : null;
      });
      expect(verdict.problems).toEqual([]);
    }
    const summary = await downloadOf(page, () => page.keyboard.press('s'));
    expect(summary.name).toMatch(/class-record.*\.html$/);
    const summaryText = textOf(summary.text);
    expect(summaryText).toContain('Class session record');
    expect(summaryText).toContain(`${said} — 2 votes (chosen)`);
    expect(summaryText).toContain('Branch 2: turn 1 taken again (from branch 1)');
    const presenter = await openPresenter(context, () => page.keyboard.press('o'));
    await presenter
      .getByRole('heading', {
        name: /The class chose|The conversation has ended|What would you say/,
      })
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
