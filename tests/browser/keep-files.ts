/**
 * What browser journeys need to keep what the app hands over: downloads (a button's file and its
 * name) and printed records (each document handed to a print frame, with print() counted instead
 * of opening the dialog).
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';

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
