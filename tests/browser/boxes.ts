/**
 * Layout checks on element boxes, for the browser journeys: whether an element is wholly on screen,
 * which controls are drawn, and whether any text is drawn over other text or clipped by its box.
 * Each returns what it found, so a failing assertion says what was wrong; callers wait for the
 * condition (expect.poll), never sample it once.
 */
import type { Locator, Page } from 'playwright-core';

/** Where `locator` is drawn relative to the viewport, or why it is not wholly on screen. */
export async function offScreen(page: Page, locator: Locator): Promise<string | null> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return 'not drawn';
  const bottom = box.y + box.height;
  const right = box.x + box.width;
  if (box.y < -0.5 || bottom > size.height + 0.5 || box.x < -0.5 || right > size.width + 0.5)
    return `at x ${Math.round(box.x)}–${Math.round(right)}, y ${Math.round(box.y)}–${Math.round(bottom)} in ${size.width}×${size.height}`;
  return null;
}

/** Controls under `root` that are drawn (a nonzero box): buttons, links styled as buttons, fields. */
export const drawnControls = (page: Page, root = 'main'): Promise<string[]> =>
  page.evaluate((sel) => {
    const scope = document.querySelector(sel);
    if (!scope) return ['no root'];
    return [...scope.querySelectorAll('button, .button, input, select, textarea, [role="button"]')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      })
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 60)}`);
  }, root);

/**
 * Pairs of lines of text under `root` drawn over each other: every text node's line boxes (from a
 * Range), compared with every other node's. Lines of one node never overlap; two nodes may touch.
 */
export const overlappingText = (page: Page, root: string): Promise<string[]> =>
  page.evaluate((sel) => {
    const scope = document.querySelector(sel);
    if (!scope) return ['no root'];
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const lines: { node: number; text: string; r: DOMRect }[] = [];
    let n = 0;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const text = t.textContent?.trim() ?? '';
      // Chart labels are placed by the chart's own geometry (chart-layout.ts), not by text flow.
      // Text for screen readers only is clipped to a pixel on purpose.
      if (!text || t.parentElement?.closest('svg, .visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(t);
      n++;
      for (const r of range.getClientRects())
        if (r.width > 1 && r.height > 1) lines.push({ node: n, text: text.slice(0, 40), r });
    }
    lines.sort((a, b) => a.r.top - b.r.top);
    const found: string[] = [];
    for (let i = 0; i < lines.length && found.length < 10; i++) {
      const a = lines[i]!;
      for (let j = i + 1; j < lines.length && lines[j]!.r.top < a.r.bottom; j++) {
        const b = lines[j]!;
        if (a.node === b.node) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        // More than a couple of pixels each way: glyphs drawn on glyphs, not lines that touch.
        if (w > 2 && h > 2) found.push(`“${a.text}” over “${b.text}”`);
      }
    }
    return found;
  }, root);

/** Elements under `root` whose content is cut off by their own box (overflow not visible). */
export const clippedBoxes = (page: Page, root: string): Promise<string[]> =>
  page.evaluate((sel) => {
    const scope = document.querySelector(sel);
    if (!scope) return ['no root'];
    return [...scope.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.display === 'none' || el.closest('.visually-hidden')) return false;
        const cuts = [style.overflowX, style.overflowY].some((o) => o !== 'visible');
        return (
          cuts &&
          (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) &&
          el.clientHeight > 0
        );
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  }, root);
