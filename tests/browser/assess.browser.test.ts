// Issue 9's "Done when" for the assessor workspace, in real Chromium: a learner (with a name that is
// markup and a formula) plays and exports an assessment session; an assessor loads that log with
// nine others, most of them broken, in #/assess and sees each verdict; reviews the learner's log;
// records a decision by keyboard alone; exports the decision (JSON) and the printed record (PDF,
// read back with pdftotext) and the cohort CSV (read back); reloads and finds the decision kept.
// Verification runs in the worker, never on the page; the learner's own stored session is byte for
// byte what it was; axe finds nothing on the workspace or the review.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionProblems } from '../../src/domain/assessor/decision-check';
import type { DecisionRecord } from '../../src/domain/assessor/decision-types';
import { exportedFixture } from '../../src/test-util/assess-files';
import { axeViolations, describeViolations, launch, openApp, pageErrors } from './harness';
import { writeJourneyFiles } from './assess-files';
import { capturePrinting, downloadOf, printedRecord, printToPdf } from './keep-files';
import { focused, tabTo } from './keyboard';
import { fillPrompts, finishSession, startSession } from './play';
import { pdfText, requirePoppler } from './poppler';
import { storedState } from './stored-state';

const HOSTILE = '=HYPERLINK("http://x","y") <script>alert(1)</script>';
const IAO =
  'IAO Level 3 Certificate in Operational Delivery (Advanced) — Dealing with Difficult Customers and Situations';
/** The four IAO criteria, decided by keyboard: three met, AC3 not yet. */
const DECISIONS = [
  {
    code: 'AC1',
    met: true,
    comment: 'Met: the learner named the customer’s worry (turn 1) and the delay.',
  },
  {
    code: 'AC2',
    met: true,
    comment: 'Met in the simulation at turns 1 and 2, and at the counter.',
  },
  { code: 'AC3', met: false, comment: 'Not yet met: this log holds no evidence of it.' },
  { code: 'AC4', met: true, comment: 'Met: the signed reflective account covers it.' },
];

const status = (page: Page) => page.locator('.batch-progress [role="status"]');
const verdict = (page: Page, name: string) =>
  page.locator('li.verdict').filter({ has: page.locator('.verdict-file', { hasText: name }) });

async function expectNoAxeViolations(page: Page) {
  const v = await axeViolations(page);
  expect(v, describeViolations(v)).toEqual([]);
}

/** Every status text the batch shows from now on, kept in the page. */
const watchProgress = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = ((window as { __progress?: string[] }).__progress = []);
    const el = document.querySelector('.batch-progress [role="status"]')!;
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
const progressSeen = (page: Page) =>
  page.evaluate(() => (window as { __progress?: string[] }).__progress ?? []);

/** The scripts the page itself fetched: the verifier's code must only ever come in the worker. */
const pageScripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js')),
  );

/** The decision form by keyboard alone, from the unit picker above it (see DECISIONS). */
async function decideByKeyboard(page: Page) {
  for (const d of DECISIONS) {
    await tabTo(
      page,
      (f) => f.type === 'radio' && (f.group ?? '').startsWith(`${d.code} `),
      `${d.code}'s choice`,
    );
    // Tabbing into a group with nothing chosen lands on its first choice, "Met".
    expect((await focused(page))?.name).toBe('Met');
    await page.keyboard.press(d.met ? 'Space' : 'ArrowRight');
    expect(await focused(page)).toMatchObject({
      name: d.met ? 'Met' : 'Not yet met',
      checked: true,
    });
    await tabTo(page, (f) => f.tag === 'textarea', `${d.code}'s comment`);
    expect((await focused(page))?.name).toBe(`How ${d.code} was met, or why not yet`);
    await page.keyboard.type(d.comment);
  }
  await tabTo(
    page,
    (f) => f.type === 'radio' && f.group === 'Overall decision',
    'the overall decision',
  );
  await page.keyboard.press('ArrowRight');
  expect(await focused(page)).toMatchObject({ name: 'Not yet achieved', checked: true });
  await page.keyboard.press('Tab');
  expect((await focused(page))?.name).toBe('How the decision was reached (optional)');
  await page.keyboard.type('Criteria met are cited by turn; AC3 has no evidence in this log.');
  await page.keyboard.press('Tab');
  expect((await focused(page))?.name).toBe('Assessor’s name');
  await page.keyboard.type('Priya Assessor');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Assessor');
  // Recording before the declaration is ticked: the error summary takes focus and links to it.
  await tabTo(page, (f) => f.name === 'Record the decision', 'the record button');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.className))
    .toBe('error-summary');
  await page.keyboard.press('Tab');
  expect((await focused(page))?.name).toBe(
    'Tick the assessor’s declaration to record the decision.',
  );
  await page.keyboard.press('Enter');
  expect(await focused(page)).toMatchObject({ name: 'I make this declaration', checked: false });
  await page.keyboard.press('Space');
  await tabTo(page, (f) => f.name === 'Record the decision', 'the record button');
  await page.keyboard.press('Enter');
  const recorded = page.getByRole('heading', { name: 'Decision recorded: Not yet achieved' });
  await recorded.waitFor();
  await expect.poll(() => recorded.evaluate((h) => h === document.activeElement)).toBe(true);
}

describe('the assessor workspace', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    requirePoppler();
    browser = await launch();
    dir = mkdtempSync(join(tmpdir(), 'defuse-assess-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'verifies ten logs, reviews one, records a decision by keyboard, exports it and keeps it',
    { timeout: 240_000 },
    async () => {
      const { context, page } = await openApp(browser, { initScript: capturePrinting });
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });

      // The learner: an assessment session, an account in their own words, signed, exported.
      await startSession(page, { mode: 'Assessment', name: HOSTILE });
      const said = await finishSession(page, 0);
      await fillPrompts(page);
      await page.getByRole('checkbox', { name: 'I confirm this is my own work' }).check();
      await page.getByRole('button', { name: 'Sign the declaration' }).click();
      await page.getByText(/^Signed by /).waitFor();
      const exported = await downloadOf(page, 'Download the session log (JSON)');
      const learnerState = await storedState(page, ['defuse']);
      const files = await writeJourneyFiles(dir, exported.text);
      const fileHashes = files.map((f) =>
        createHash('sha256').update(readFileSync(f.path)).digest('hex'),
      );

      // The assessor, in the same browser: from the library to the workspace.
      await page.goto(new URL('#/', page.url()).href);
      await page.getByRole('link', { name: 'Open the assessor workspace' }).click();
      await page.getByRole('heading', { level: 1, name: 'Assessor workspace' }).waitFor();
      await watchProgress(page);
      await page.getByLabel('Choose session log files').setInputFiles(files.map((f) => f.path));
      await status(page)
        .getByText('Checked 10 files: 3 verified (1 practice, not evidence), 7 failed.')
        .waitFor();
      const seen = await progressSeen(page);
      expect(seen).toContain('Verifying 1 of 10…');
      expect(seen.at(-1)).toBe(
        'Checked 10 files: 3 verified (1 practice, not evidence), 7 failed.',
      );
      const scripts = await pageScripts(page);
      expect(scripts.some((s) => /\/verify\.worker-[\w-]+\.js$/.test(s))).toBe(true);
      expect(scripts.filter((s) => /check-file|log-schema/.test(s))).toEqual([]);
      for (const f of files) {
        const v = verdict(page, f.name);
        await v.locator('.verdict-badge', { hasText: f.label }).waitFor();
        if (f.says) expect(await v.locator('.verdict-line').textContent()).toContain(f.says);
      }
      await verdict(page, 'learner-log.json').getByText(HOSTILE).first().waitFor();
      await expectNoAxeViolations(page);

      // Review the learner's log.
      await page.getByRole('link', { name: 'Review learner-log.json' }).click();
      const h1 = page.getByRole('heading', { level: 1, name: /^Review: / });
      await h1.waitFor();
      expect(await h1.textContent()).toBe(`Review: ${HOSTILE}, Passport delayed, flight on Friday`);
      const transcript = page.getByRole('region', { name: 'Transcript' });
      for (const line of said)
        await transcript.locator('.turn-line-learner', { hasText: `“${line}”` }).waitFor();
      expect(await transcript.locator('.turn-cue').count()).toBeGreaterThanOrEqual(said.length);
      await page.getByRole('img', { name: 'Tension across the conversation' }).waitFor();
      const account = page.getByRole('region', { name: 'Reflective account' });
      await account.getByText(/% of this account is in the learner’s own words/).waitFor();
      expect(await account.locator('mark.from-draft').count()).toBeGreaterThan(0);
      expect(
        await account.locator('span.own-words', { hasText: 'learned from point 1' }).count(),
      ).toBeGreaterThan(0);
      expect(await page.locator('.review-facts').textContent()).toMatch(/Attempt1/);
      await page.getByLabel('Qualification unit').selectOption({ label: IAO });
      await page
        .getByRole('heading', { level: 2, name: /^Your decision: Dealing with Difficult/ })
        .waitFor();
      await expectNoAxeViolations(page);
      await page.getByLabel('Qualification unit').focus();
      await decideByKeyboard(page);

      // The decision as JSON, and the printed record read back from the PDF.
      const decisionFile = await downloadOf(page, 'Download the decision (JSON)');
      const decision = JSON.parse(decisionFile.text) as DecisionRecord;
      expect(decisionProblems(decision)).toEqual([]);
      expect(decision.log).toMatchObject({
        learnerName: HOSTILE,
        sealHash: (JSON.parse(exported.text) as { seal: { hash: string } }).seal.hash,
      });
      expect(decision.criteria.map((c) => [c.code, c.decision, c.comment])).toEqual(
        DECISIONS.map((d) => [d.code, d.met ? 'met' : 'not-yet-met', d.comment]),
      );
      expect(decision.overall.decision).toBe('not-yet-achieved');
      await page.getByRole('button', { name: 'Print the record / Save as PDF' }).click();
      const pdf = join(dir, 'record.pdf');
      await printToPdf(browser, await printedRecord(page), pdf, dialogs);
      const text = pdfText(pdf);
      expect(text).toContain('Assessor’s decision');
      expect(text).toContain('Decision: Not yet achieved');
      expect(text).toContain(HOSTILE);
      for (const d of DECISIONS) {
        expect(text).toContain(`${d.code} ${d.met ? 'Met' : 'Not yet met'}`);
        expect(text).toContain(d.comment);
      }
      expect(text).toContain('Declared by: Priya Assessor, Assessor');
      expect(text.replace(/\s/g, '')).toContain(decision.log.sealHash);

      // The cohort, for the unit decided, as CSV.
      await page.getByRole('link', { name: 'Back to the assessor workspace' }).click();
      await page.getByLabel('Unit for “Criteria covered”').selectOption({ label: IAO });
      const table = page.getByRole('table', { name: /^10 of 10 loaded files shown/ });
      await table
        .getByRole('row')
        .filter({ hasText: 'learner-log.json' })
        .getByText('Not yet achieved')
        .waitFor();
      await table.getByRole('button', { name: /^Learner/ }).click();
      await page.locator('th[aria-sort="ascending"]', { hasText: 'Learner' }).waitFor();
      const csv = await downloadOf(page, 'Download the cohort (CSV)');
      const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      });
      expect(rows.errors).toEqual([]);
      expect(rows.data.map((r) => r.File).sort()).toEqual(files.map((f) => f.name).sort());
      const learnerRow = rows.data.find((r) => r.File === 'learner-log.json')!;
      expect(learnerRow).toMatchObject({
        Learner: `'${HOSTILE}`,
        Verification: 'Verified',
        Decision: 'Not yet achieved',
        Unit: IAO,
      });
      const cells = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, ''), {
        skipEmptyLines: true,
      }).data.flat();
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);

      // A reload: the loaded files are gone from the tab, the decision is not.
      await page.reload();
      await page
        .getByRole('heading', { level: 2, name: 'Decisions recorded in this browser' })
        .waitFor();
      await page.locator('.stored-list').getByText('Not yet achieved').waitFor();
      await page.getByLabel('Choose session log files').setInputFiles([files[0]!.path]);
      await status(page)
        .getByText(/^Checked 1 file: 1 verified/)
        .waitFor();
      await page.getByRole('link', { name: 'Review learner-log.json' }).click();
      await page.getByLabel('Qualification unit').selectOption({ label: IAO });
      await page.getByRole('heading', { name: 'Decision recorded: Not yet achieved' }).waitFor();

      // Nothing the workspace did changed the learner's stored session or any file it was given.
      await page.goto(new URL('#/', page.url()).href);
      await page.getByRole('heading', { level: 1, name: 'Scenario library' }).waitFor();
      expect(await storedState(page, ['defuse'])).toBe(learnerState);
      expect(
        files.map((f) => createHash('sha256').update(readFileSync(f.path)).digest('hex')),
      ).toEqual(fileHashes);
      expect(dialogs).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    },
  );

  it(
    'takes a folder, naming each file by its path, and counts a large batch as it goes',
    { timeout: 120_000 },
    async () => {
      const folder = join(dir, 'cohort');
      mkdirSync(join(folder, 'group-b'), { recursive: true });
      const one = await exportedFixture({ learnerName: 'Ana Learner' });
      const COPIES = 40;
      for (let i = 1; i <= COPIES; i++)
        writeFileSync(
          join(folder, i % 2 ? '' : 'group-b', `log-${String(i).padStart(2, '0')}.json`),
          one.text,
        );
      writeFileSync(join(folder, 'notes.txt'), 'Marking notes for the cohort.');
      const { context, page } = await openApp(browser, { path: '#/assess' });
      await page.getByRole('heading', { level: 1, name: 'Assessor workspace' }).waitFor();
      await watchProgress(page);
      await page.getByLabel('Choose a folder of session logs').setInputFiles(folder);
      await status(page)
        .getByText(`Checked ${COPIES + 1} files: ${COPIES} verified, 1 failed.`)
        .waitFor({ timeout: 60_000 });
      await verdict(page, 'cohort/group-b/log-02.json')
        .locator('.verdict-badge', { hasText: 'Verified' })
        .waitFor();
      await verdict(page, 'cohort/notes.txt')
        .locator('.verdict-badge', { hasText: 'Not JSON' })
        .waitFor();
      // Progress was told file by file, never jumping backwards.
      const counts = (await progressSeen(page))
        .map((s) => /^Verifying (\d+) of (\d+)…$/.exec(s))
        .filter((m) => m !== null)
        .map((m) => [Number(m[1]), Number(m[2])]);
      expect(counts.length).toBeGreaterThan(2);
      expect(counts.every(([, total]) => total === COPIES + 1)).toBe(true);
      expect(counts.map(([n]) => n)).toEqual([...counts.map(([n]) => n)].sort((a, b) => a! - b!));
      expect(counts.some(([n]) => n! > 1 && n! < COPIES)).toBe(true);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    },
  );
});
