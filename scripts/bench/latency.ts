/**
 * Response latency on a slow phone: the production build in headless Chromium with the CPU throttled
 * 4× through the DevTools Protocol (Emulation.setCPUThrottlingRate). Practice sessions of
 * passport-delay are played with seeded random responses until 30 responses have been timed:
 *  - click → next paint: the browser's own Event Timing entry for the click (its duration runs from
 *    the input to the next paint after the handlers; entries under 16 ms are not reported, and count
 *    as 16 here, an upper bound);
 *  - click → the customer's reply painted: from the click's timestamp to the first frame painted
 *    after the turn is saved and the customer's answer is in the conversation (a turn that ends the
 *    conversation opens the debrief instead and is not counted here).
 * Both are also grouped by turn number, to show whether they grow as the session goes on.
 */
import type { Page } from 'playwright-core';
import { seededRandom } from '../../src/domain/random/seeded-random';
import { launchChromium, percentile } from './serve';

export const THROTTLE = 4;
export const RESPONSES = 30;

export interface LatencyTurn {
  turn: number;
  nextPaint: number;
  /** Undefined for a turn that ended the conversation. */
  reply: number | undefined;
}

export interface LatencyResult {
  throttle: number;
  responses: number;
  nextPaint: { p50: number; p95: number; over50: number };
  reply: { p50: number; p95: number; count: number };
  /** Median click → reply painted by turn number (1-based). */
  replyByTurn: Record<number, number>;
  turns: LatencyTurn[];
}

// Plain JavaScript (a string): tsx would otherwise inject helpers the page does not have.
const OBSERVE = `(() => {
  window.__clicks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'click') window.__clicks.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // After the next paint: a message posted from a frame callback runs once that frame is drawn.
  window.__afterPaint = (done) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => done(performance.now());
    ch.port2.postMessage(0);
  });
})()`;

const TIME_ONE_TURN = `new Promise((resolve) => {
  const saved = () => document.querySelectorAll('ol[aria-label="Conversation"] > li.line-learner:not(.line-pending)').length;
  const before = saved();
  addEventListener('click', (event) => {
    const at = event.timeStamp;
    const check = () => {
      if (location.hash.startsWith('#/debrief')) return resolve({ reply: null });
      const lines = document.querySelectorAll('ol[aria-label="Conversation"] > li');
      const last = lines[lines.length - 1];
      if (saved() > before && last && last.classList.contains('line-customer'))
        window.__afterPaint((t) => resolve({ reply: t - at }));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, { capture: true, once: true });
})`;

async function clickDuration(page: Page, count: number): Promise<number> {
  // The entry arrives once its frame is presented; an entry under 16 ms never arrives.
  for (let i = 0; i < 20; i++) {
    const n = await page.evaluate<number>('window.__clicks.length');
    if (n > count) return page.evaluate<number>(`window.__clicks[${count}]`);
    await page.waitForTimeout(25);
  }
  return 16;
}

export async function measureLatency(base: string, log = console.log): Promise<LatencyResult> {
  const browser = await launchChromium();
  const random = seededRandom(20261201);
  const turns: LatencyTurn[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    while (turns.length < RESPONSES) {
      const page = await context.newPage();
      await page.goto(`${base}#/briefing/passport-delay`);
      await page.getByRole('button', { name: 'Start the conversation' }).click();
      const group = page.getByRole('group', { name: 'Your response' });
      await group.getByRole('button').first().waitFor();
      await page.evaluate(OBSERVE);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      for (let turn = 1; ; turn++) {
        const buttons = group.getByRole('button');
        await buttons.first().waitFor();
        await page.waitForTimeout(400); // animations of the last turn settle
        const n = await buttons.count();
        const clicksBefore = await page.evaluate<number>('window.__clicks.length');
        const timing = page.evaluate<{ reply: number | null }>(TIME_ONE_TURN);
        await buttons.nth(Math.floor(random() * n)).click();
        const { reply } = await timing;
        const nextPaint = await clickDuration(page, clicksBefore);
        turns.push({ turn, nextPaint, reply: reply ?? undefined });
        if (reply === null || turns.length >= RESPONSES) break;
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.close();
      log(`  latency: ${turns.length} responses timed`);
    }
  } finally {
    await browser.close();
  }
  const clicks = turns.map((t) => t.nextPaint);
  const replies = turns.flatMap((t) => (t.reply === undefined ? [] : [t.reply]));
  const byTurn: Record<number, number[]> = {};
  for (const t of turns) if (t.reply !== undefined) (byTurn[t.turn] ??= []).push(t.reply);
  return {
    throttle: THROTTLE,
    responses: turns.length,
    nextPaint: {
      p50: percentile(clicks, 50),
      p95: percentile(clicks, 95),
      over50: clicks.filter((c) => c > 50).length,
    },
    reply: { p50: percentile(replies, 50), p95: percentile(replies, 95), count: replies.length },
    replyByTurn: Object.fromEntries(
      Object.entries(byTurn).map(([turn, values]) => [turn, percentile(values, 50)]),
    ),
    turns,
  };
}
