/**
 * Writing the reflective account: a finished assessment session's debrief with an account of 3,000
 * words, then
 *  - typing: 38 keys, each timed by the browser's Event Timing (the key's interaction, from the key
 *    press to the next paint after its handlers), on this machine's CPU and again with the CPU
 *    throttled 4× through the DevTools Protocol (a slow phone);
 *  - pasting 100 KB at the end of the text (through the clipboard and Ctrl+V, throttled), the longest task
 *    the page runs in the 5 s after it (while it runs, nothing else on the page can happen).
 */
import type { Page } from 'playwright-core';
import { launchChromium, percentile } from './serve';
import { THROTTLE } from './latency';

export interface KeyTimes {
  p50: number;
  p95: number;
  max: number;
  count: number;
}

export interface PasteTimes {
  bytes: number;
  longestTaskMs: number;
  blockingMs: number;
}

export interface TypingResult {
  words: number;
  /** Keys on this machine's CPU as it is, and with the CPU throttled 4×. */
  keys: KeyTimes;
  keysThrottled: KeyTimes;
  /** The paste on this machine's CPU, and with it throttled 4×. */
  paste: PasteTimes;
  pasteThrottled: PasteTimes;
}

const OBSERVE = `(() => {
  window.__keys = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.interactionId) window.__keys.set(e.interactionId, Math.max(window.__keys.get(e.interactionId) ?? 0, e.duration));
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
})()`;

/** Words of plausible prose, deterministic. */
export function prose(words: number): string {
  const vocabulary =
    'I listened to her and said that I could see why the delay worried her before I explained what I could do today and what I could not promise and then I checked that she understood the next step'.split(
      ' ',
    );
  const out: string[] = [];
  for (let i = 0; i < words; i++)
    out.push(vocabulary[(i * 7 + Math.floor(i / 13)) % vocabulary.length]!);
  return out.join(' ').replace(/(.{70,90}?) /g, '$1.\n');
}

async function finishedDebrief(page: Page, base: string): Promise<void> {
  await page.goto(`${base}#/briefing/passport-delay`);
  await page.getByRole('radio', { name: 'Assessment' }).check();
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  const group = page.getByRole('group', { name: 'Your response' });
  for (let turn = 0; turn < 20 && !page.url().includes('#/debrief'); turn++) {
    const first = group.getByRole('button').first();
    await Promise.race([first.waitFor(), page.waitForURL(/#\/debrief/)]);
    if (page.url().includes('#/debrief')) break;
    const before = await page.locator('li.line-learner:not(.line-pending)').count();
    await first.click();
    await page.waitForFunction(
      (n) =>
        location.hash.startsWith('#/debrief') ||
        document.querySelectorAll('li.line-learner:not(.line-pending)').length > n,
      before,
    );
  }
  // The account opens on demand: its section's heading button.
  const account = page.getByRole('button', { name: /^Your reflective account and declaration/ });
  if ((await account.getAttribute('aria-expanded')) === 'false') await account.click();
  await page.locator('#reflection-text').waitFor();
}

export async function measureTyping(base: string, log = console.log): Promise<TypingResult> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await finishedDebrief(page, base);
    const box = page.locator('#reflection-text');
    const words = 3000;
    await box.fill(prose(words));
    await page.waitForTimeout(3000); // the revision is saved and the share counted
    await page.evaluate(OBSERVE);
    const cdp = await page.context().newCDPSession(page);
    await box.focus();
    await page.keyboard.press('End');
    const typeKeys = async (): Promise<KeyTimes> => {
      await page.evaluate('window.__keys.clear()');
      const text = ' and then I reflected on what she said';
      await page.keyboard.type(text, { delay: 150 });
      await page.waitForTimeout(1000);
      const keys = [...(await page.evaluate<number[]>('[...window.__keys.values()]'))];
      // Keys under Event Timing's 16 ms threshold are not reported: count them as 16.
      while (keys.length < text.length) keys.push(16);
      return {
        p50: percentile(keys, 50),
        p95: percentile(keys, 95),
        max: Math.max(...keys),
        count: keys.length,
      };
    };
    const keys = await typeKeys();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const keysThrottled = await typeKeys();
    log(`  typing: ${keys.count + keysThrottled.count} keys timed`);

    // A real paste (the clipboard, then Ctrl+V): inserting as typed text is a different, far slower
    // editing command in Chromium. The account is put back to 3,000 words before each paste.
    const pasted = prose(30_000).slice(0, 100 * 1024);
    const paste = async (rate: number): Promise<PasteTimes> => {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await box.fill(prose(words));
      await page.waitForTimeout(3000);
      await page.evaluate((t) => navigator.clipboard.writeText(t), pasted);
      await box.focus();
      await page.keyboard.press('End');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const from = await page.evaluate<number>('performance.now()');
      await page.keyboard.press('Control+V');
      await page.waitForTimeout(5000);
      const tasks = await page.evaluate<{ start: number; duration: number }[]>('window.__tasks');
      const after = tasks.filter((t) => t.start >= from - 1);
      return {
        bytes: pasted.length,
        longestTaskMs: Math.max(0, ...after.map((t) => t.duration)),
        blockingMs: after.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
      };
    };
    const pasteFast = await paste(1);
    const pasteThrottled = await paste(THROTTLE);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { words, keys, keysThrottled, paste: pasteFast, pasteThrottled };
  } finally {
    await browser.close();
  }
}
