/**
 * Keyboard-only journeys: what has focus, and pressing Tab until it is where the user means to be,
 * as a keyboard user moves through a form. Never clicks.
 */
import type { Page } from 'playwright-core';

/** The focused element as a keyboard user meets it: what it is, its label, the group it is in. */
export interface Focused {
  tag: string;
  type: string | null;
  id: string;
  /** Its label's text, or its own text (a button, a link). */
  name: string;
  /** The legend of the fieldset it is in, if any. */
  group: string | null;
  checked: boolean | null;
}

export const focused = (page: Page): Promise<Focused | null> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return null;
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    const legend = el.closest('fieldset')?.querySelector('legend');
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      id: el.id,
      name: (label?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      group: legend ? legend.textContent!.replace(/\s+/g, ' ').trim() : null,
      checked: el.type === 'radio' || el.type === 'checkbox' ? el.checked : null,
    };
  });

/** Presses Tab until `want` holds for the focused element (at most `max` presses). */
export async function tabTo(
  page: Page,
  want: (f: Focused) => boolean,
  what: string,
  max = 150,
): Promise<Focused> {
  for (let i = 0; i <= max; i++) {
    const f = await focused(page);
    if (f && want(f)) return f;
    await page.keyboard.press('Tab');
  }
  throw new Error(
    `${max} presses of Tab never reached ${what} (focus is on ${JSON.stringify(await focused(page))})`,
  );
}
