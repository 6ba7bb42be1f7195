/**
 * What browser journeys need to keep what the app hands over: downloads (a button's file and its
 * name) and printed records (each document handed to a print frame, with print() counted instead
 * of opening the dialog).
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitFor } from './harness';

/**
 * Runs before the app, in the app's window and in every frame: each record handed to a frame as
 * `srcdoc` is kept in `window.__records`, and `print()` is counted in `window.__prints` instead of
 * opening the print dialog.
 */
export function capturePrinting() {
  type Top = Window & { __records?: string[]; __prints?: number };
  const top = window.top as Top;
  const srcdoc = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'srcdoc')!;
  Object.defineProperty(HTMLIFrameElement.prototype, 'srcdoc', {
    configurable: true,
    get(this: HTMLIFrameElement) {
      return srcdoc.get!.call(this) as string;
    },
    set(this: HTMLIFrameElement, html: string) {
      (top.__records ??= []).push(html);
      srcdoc.set!.call(this, html);
    },
  });
  window.print = () => {
    top.__prints = (top.__prints ?? 0) + 1;
  };
}

/** Clicks `button` and waits for the download it starts; returns the file's text and name. */
export async function downloadOf(page: Page, button: string) {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    text: await readFile((await download.path())!, 'utf8'),
  };
}

/** The first record the app handed to a print frame (see capturePrinting). */
export const printedRecord = (page: Page): Promise<string> =>
  waitFor(() => page.evaluate(() => (window as { __records?: string[] }).__records?.[0]), {
    message: 'the record handed to the print frame',
  });

/**
 * Prints `html` to an A4 PDF at `file` as "Save as PDF" does, in a page of its own, after checking
 * that the document holds no script; any dialog it opens is added to `dialogs`.
 */
export async function printToPdf(
  browser: Browser,
  html: string,
  file: string,
  dialogs: string[] = [],
): Promise<void> {
  const page = await browser.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.setContent(html, { waitUntil: 'load' });
  await expect.poll(() => page.evaluate(() => document.scripts.length)).toBe(0);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.close();
}
