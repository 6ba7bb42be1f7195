/**
 * Setting up a Learning Record Store through the app's own dialog, reading the sender's status, and
 * counting what the app's `defuse-lrs` database holds, for the LRS journeys. Every step waits for its
 * condition.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, describeViolations } from './harness';

export const KEY = 'college-key';
export const SECRET = 'S3cret-not-in-any-file';

/** The "Learning Record Store" panel (the library's, or the one in the debrief's evidence). */
export const lrsPanel = (page: Page): Locator =>
  page.getByRole('region', { name: 'Learning Record Store' });

/** The sender's status line in the panel. */
export const lrsStatus = (page: Page): Locator => lrsPanel(page).getByRole('status');

/** Opens the settings from the panel and fills them in; returns the dialog, still open. */
export async function fillLrsSettings(page: Page, endpoint: string): Promise<Locator> {
  await lrsPanel(page).getByRole('button', { name: 'LRS settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Learning Record Store settings' });
  await dialog.waitFor();
  // Focus starts in the first field, so a keyboard user types straight away.
  await expect
    .poll(() => dialog.getByLabel('Endpoint').evaluate((e) => e === document.activeElement))
    .toBe(true);
  await dialog.getByLabel('Endpoint').fill(endpoint);
  await dialog.getByLabel('Key', { exact: true }).fill(KEY);
  await dialog.getByLabel('Secret', { exact: true }).fill(SECRET);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  return dialog;
}

/** Presses "Test connection" and returns what the dialog says once the LRS has answered. */
export async function testConnectionSays(dialog: Locator): Promise<string> {
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  const result = dialog.getByRole('status');
  await expect
    .poll(async () => (await result.textContent()) ?? '', { timeout: 30_000 })
    .toMatch(/\.$/);
  return ((await result.textContent()) ?? '').trim();
}

export async function saveLrsSettings(page: Page, dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  await lrsStatus(page).waitFor();
}

/** How many statements the app's outbox database holds now. */
export function queuedInBrowser(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('defuse-lrs');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('statements')) return (db.close(), resolve(0));
          const count = db.transaction('statements').objectStore('statements').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

/** Clicks `button` and returns the file it downloads. */
export async function downloadText(
  page: Page,
  button: string,
): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    text: await readFile((await download.path())!, 'utf8'),
  };
}
