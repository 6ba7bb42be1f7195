// A shared computer in real Chromium: one learner's session from before; the next signs in for
// their visit, sees only their own, is told their assessment attempt has not been downloaded,
// downloads it and removes their sessions; the first learner's session is still stored, untouched.
// Then a visit whose learner closes the browser (its session cookie gone): the next start has
// removed that visit's session, and still only that one. axe checks each new state.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launch, openApp, pageErrors } from './harness';
import { startSession, stepBack, storedRows } from './play';

const library = async (page: Page) => {
  await page.goto(new URL('#/', page.url()).href);
  await page.getByRole('heading', { level: 1, name: 'Scenario library' }).waitFor();
};
const past = (page: Page) => page.getByRole('region', { name: 'Past sessions' });
const expectNoAxe = async (page: Page) => {
  const found = await axeViolations(page);
  expect(found, describeViolations(found)).toEqual([]);
};

async function signIn(page: Page, name: string) {
  const panel = page.getByRole('region', { name: 'On a shared computer?' });
  await panel.getByRole('textbox', { name: 'Your name' }).fill(name);
  await panel.getByRole('button', { name: 'Sign in on a shared computer' }).click();
  await page.getByRole('region', { name: `Signed in as ${name}` }).waitFor();
}

describe('a shared computer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('removes only the signed-in learner’s sessions, after saying which attempt was not kept', async () => {
    const { context, page } = await openApp(browser);
    await page.setViewportSize({ width: 360, height: 740 });
    // Before: a session on this computer without signing in.
    const theirs = await startSession(page, { mode: 'Practice', name: 'Ana Own' });
    await stepBack(page);
    await library(page);
    await past(page).getByText('As Ana Own').waitFor();

    await signIn(page, 'Ben Shared');
    await past(page).getByText('No past sessions yet', { exact: false }).waitFor();
    await expect.poll(() => page.getByText(/Ana Own/).count()).toBe(0);
    await expectNoAxe(page);

    // Ben's assessment, under his name, and the debrief says it will not stay.
    await page.goto(new URL('#/briefing/passport-delay', page.url()).href);
    await page.getByText('You are signed in as Ben Shared', { exact: false }).waitFor();
    await expect.poll(() => page.getByLabel('Your name (optional)').count()).toBe(0);
    const mine = await startSession(page, { mode: 'Assessment' });
    await stepBack(page);
    await page
      .getByText('this session is removed from this computer when you sign out', { exact: false })
      .waitFor();
    await expect
      .poll(async () => (await storedRows(page, mine)).row?.header.learnerName)
      .toBe('Ben Shared');

    await library(page);
    await past(page).getByText('As Ben Shared').waitFor();
    await page.getByText('One assessment attempt has not been downloaded yet.').waitFor();
    await page.getByRole('button', { name: 'Remove my sessions from this computer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove your sessions from this computer?' });
    await dialog.getByText('An assessment attempt has not been kept:').waitFor();
    await expectNoAxe(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: /^Download its session log/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await dialog
      .getByText('An assessment attempt has not been kept:')
      .waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Remove 1 session' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Removed 1 session from this computer.').waitFor();

    // Ben's session is gone from storage (a tombstone left); Ana's is there as it was.
    await expect.poll(async () => (await storedRows(page, mine)).row).toBeUndefined();
    expect((await storedRows(page, mine)).tombstone).toBeDefined();
    const kept = await storedRows(page, theirs);
    expect(kept.row?.header.learnerName).toBe('Ana Own');
    expect(kept.entries.length).toBeGreaterThan(0);

    // Nothing of his is left, so signing out asks nothing; the computer's own session is back.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'On a shared computer?' }).waitFor();
    await past(page).getByText('As Ana Own').waitFor();
    await expectNoAxe(page);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('removes a visit’s sessions at the next start once the browser has been closed', async () => {
    const { context, page } = await openApp(browser);
    const theirs = await startSession(page, { mode: 'Practice', name: 'Ana Own' });
    await stepBack(page);
    await library(page);
    await signIn(page, 'Cal Visit');
    const visit = await startSession(page, { mode: 'Practice' });
    await stepBack(page);
    await library(page);
    await past(page).getByText('As Cal Visit').waitFor();

    // A reload keeps the visit (the browser is still open)…
    await page.reload();
    await page.getByRole('region', { name: 'Signed in as Cal Visit' }).waitFor();
    await past(page).getByText('As Cal Visit').waitFor();
    // …closing the browser drops its session cookie: the next start ends the visit.
    await context.clearCookies();
    await page.reload();
    await page.getByRole('heading', { name: 'On a shared computer?' }).waitFor();
    await expect.poll(async () => (await storedRows(page, visit)).row).toBeUndefined();
    await past(page).getByText('As Ana Own').waitFor();
    await expect.poll(() => page.getByText(/Cal Visit/).count()).toBe(0);
    expect((await storedRows(page, theirs)).row?.header.learnerName).toBe('Ana Own');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
