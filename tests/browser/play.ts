/**
 * Playing sessions through the UI, as a learner does, for the browser journeys that need stored
 * sessions (the real path: briefing → play → debrief), and reading back what the app stored in
 * IndexedDB. Every step waits for its condition; none samples the page once.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { initialState, respond } from '../../src/domain/escalation/engine';
import { builtInScenarios } from '../support/built-in-scenarios';

export const PASSPORT = { id: 'passport-delay', title: 'Passport delayed, flight on Friday' };

export const responses = (page: Page) =>
  page.getByRole('group', { name: 'Your response' }).getByRole('button');

const beats = builtInScenarios().flatMap((s) => Object.values(s.beats));

/**
 * The response the author wrote at `index` in the beat on screen (`-1`: the last). The app shows a
 * beat's responses in a per-session shuffled order, so a journey that must take a known path picks
 * by what the author wrote, not by position: the shown texts identify the beat.
 */
export async function authorsResponse(page: Page, index: number): Promise<Locator> {
  await responses(page).first().waitFor();
  const shown = (await responses(page).allTextContents()).map((t) => t.trim()).sort();
  const beat = beats.find((b) => {
    const texts = b.responses.map((r) => r.text.trim()).sort();
    return texts.length === shown.length && texts.every((t, i) => t === shown[i]);
  });
  if (!beat) throw new Error(`no built-in beat offers exactly: ${shown.join(' | ')}`);
  const response = beat.responses.at(index)!;
  return page
    .getByRole('group', { name: 'Your response' })
    .getByRole('button', { name: response.text.trim(), exact: true });
}

/**
 * At the first turn, a response the engine says changes the customer's mood (for journeys that
 * must see the figure change), found from the scenario data rather than from a fixed position.
 */
export async function moodChangingResponse(page: Page): Promise<Locator> {
  await responses(page).first().waitFor();
  const shown = (await responses(page).allTextContents()).map((t) => t.trim());
  for (const scenario of builtInScenarios()) {
    const start = initialState(scenario);
    const beat = scenario.beats[start.beatId]!;
    if (!beat.responses.every((r) => shown.includes(r.text.trim()))) continue;
    const change = beat.responses.find((r) => {
      const after = respond(scenario, start, r.id);
      return !after.ending && after.mood !== start.mood;
    });
    if (change)
      return page
        .getByRole('group', { name: 'Your response' })
        .getByRole('button', { name: change.text.trim(), exact: true });
  }
  throw new Error(`no response on screen changes the customer's mood: ${shown.join(' | ')}`);
}

/** The learner's lines in the conversation, saved ones only (not the one being saved). */
export const learnerLines = (page: Page) =>
  page
    .locator('ol[aria-label="Conversation"] > li.line-learner:not(.line-pending) .line-text')
    .allTextContents();

export const onDebrief = (page: Page) => new URL(page.url()).hash.startsWith('#/debrief/');

export interface StartOptions {
  scenarioId?: string;
  mode?: 'Practice' | 'Assessment';
  name?: string;
}

/** Starts a session from its briefing and returns its id once the play screen offers responses. */
export async function startSession(page: Page, o: StartOptions = {}): Promise<string> {
  await page.goto(new URL(`#/briefing/${o.scenarioId ?? PASSPORT.id}`, page.url()).href);
  if (o.name !== undefined) await page.getByLabel('Your name (optional)').fill(o.name);
  await page.getByRole('radio', { name: o.mode ?? 'Practice' }).check();
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.waitForURL(/#\/play\/[^/]+$/);
  await responses(page).first().waitFor();
  return new URL(page.url()).hash.slice('#/play/'.length);
}

/**
 * Picks the author's response at `index` and waits until the turn is saved and shown (the learner's line is
 * in the conversation, no longer pending) or the conversation has ended. Returns the words said.
 */
export async function takeTurn(page: Page, index = 0): Promise<string> {
  const before = (await learnerLines(page)).length;
  const option = await authorsResponse(page, index);
  const said = (await option.textContent())!.trim();
  await option.click();
  await expect
    .poll(async () => onDebrief(page) || (await learnerLines(page)).length === before + 1)
    .toBe(true);
  if (!onDebrief(page)) await expect.poll(async () => (await learnerLines(page)).at(-1)).toBe(said);
  return said;
}

/** Plays the response at `index` every turn until the debrief opens; returns the words said. */
export async function finishSession(page: Page, index = 0): Promise<string[]> {
  const said: string[] = [];
  for (let turn = 0; turn < 20 && !onDebrief(page); turn++) said.push(await takeTurn(page, index));
  await page.getByRole('heading', { level: 1, name: /^Debrief: / }).waitFor();
  return said;
}

/** "Step back and get support", answering "Yes" when asked: ends the session safely; waits for the debrief. */
export async function stepBack(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Step back and get support' }).click();
  await page
    .getByRole('group', { name: 'End the conversation and get support?' })
    .getByRole('button', { name: 'Yes, end it and get support' })
    .click();
  await page.waitForURL(/#\/debrief\//);
  await page.getByRole('heading', { level: 1, name: /^Debrief: / }).waitFor();
}

/** The debrief's sections that open on demand, by the start of their titles. */
export const SECTION = {
  account: 'Your reflective account and declaration',
  criteria: 'Each criterion, with its evidence',
  units: 'Choose another unit',
  turns: 'Turn by turn',
} as const;

/** Opens a section of the debrief (if it is not open already) and waits until it is. */
export async function openSection(page: Page, name: keyof typeof SECTION): Promise<void> {
  const button = page.getByRole('button', { name: new RegExp(`^${SECTION[name]}`) });
  await button.waitFor();
  if ((await button.getAttribute('aria-expanded')) === 'false') await button.click();
  await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
}

/** One session's rows as IndexedDB "defuse" holds them now. */
export interface StoredRows {
  row: { sessionId: string; header: Record<string, unknown>; summary: Record<string, unknown> };
  entries: { sessionId: string; seq: number; entry: Record<string, unknown> & { seq: number } }[];
  tombstone: unknown;
}

/** Reads a session's rows straight from the app's database (opened at its current version). */
export function storedRows(page: Page, sessionId: string): Promise<StoredRows> {
  return page.evaluate(
    (id) =>
      new Promise<StoredRows>((resolve, reject) => {
        const open = indexedDB.open('defuse');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sessions', 'entries', 'deleted'], 'readonly');
          const out: Partial<StoredRows> = {};
          const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
          tx.objectStore('sessions').get(id).onsuccess = (e) =>
            (out.row = (e.target as IDBRequest).result as StoredRows['row']);
          tx.objectStore('entries').getAll(range).onsuccess = (e) =>
            (out.entries = (e.target as IDBRequest).result as StoredRows['entries']);
          tx.objectStore('deleted').get(id).onsuccess = (e) =>
            (out.tombstone = (e.target as IDBRequest).result);
          tx.oncomplete = () => {
            db.close();
            resolve(out as StoredRows);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    sessionId,
  );
}

/** The texts of the stored learner responses, in entry order. */
export const storedResponses = (rows: StoredRows): string[] =>
  rows.entries
    .map((r) => r.entry)
    .filter((e) => e.type === 'learner.respond')
    .map((e) => e.text as string);

/**
 * Opens the account (if it is not open) and replaces each prompt with the learner's own words, as
 * the editor offers them:
 * "Go to the next prompt" selects one, the learner types over it, and the count goes down by one.
 */
export async function fillPrompts(page: Page) {
  await openSection(page, 'account');
  const left = page.getByText(/^\d+ prompts? still marked “\[Your words: …\]”\.$/);
  const prompts = Number(/^\d+/.exec((await left.textContent()) ?? '')![0]);
  expect(prompts).toBeGreaterThan(0);
  for (let answered = 1; answered <= prompts; answered++) {
    await page.getByRole('button', { name: 'Go to the next prompt' }).click();
    await page.keyboard.type(`In my own words, this is what I learned from point ${answered}.`);
    const n = prompts - answered;
    await (
      n > 0
        ? page.getByText(`${n} prompt${n === 1 ? '' : 's'} still marked “[Your words: …]”.`)
        : page.getByText('Every prompt has your own words.')
    ).waitFor();
  }
}
