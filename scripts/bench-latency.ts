/**
 * npm run bench:latency — how long a learner waits after choosing a response, on a slow phone:
 * the production build in headless Chromium with the CPU throttled 6×. For each turn it prints
 * (a) click → next paint (the screen acknowledges the choice) and (b) click → the customer's reply
 * painted (the turn saved to IndexedDB and the machine advanced). Target: (a) ≤ 50 ms.
 * Prints figures only; timing is never asserted in tests (this machine is shared and noisy).
 */
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { findChromium } from '../tests/browser/find-chromium';
import { CHROMIUM_FLAGS } from '../tests/browser/harness-flags';

const THROTTLE = 6;
// Plain JavaScript, passed as a string: tsx's transform would otherwise inject helpers the page lacks.
const MEASURE_ONE_TURN = `new Promise((resolve) => {
  const list = document.querySelector('ol[aria-label="Conversation"]');
  const before = list ? list.children.length : 0;
  let clickAt = 0;
  let nextPaint = 0;
  const afterPaint = (cb) => requestAnimationFrame(() => setTimeout(() => cb(performance.now()), 0));
  addEventListener('click', () => {
    clickAt = performance.now();
    afterPaint((t) => { nextPaint = t - clickAt; });
    const check = () => {
      const now = document.querySelector('ol[aria-label="Conversation"]');
      if (!now || now.children.length >= before + 2 || location.hash.startsWith('#/debrief')) {
        afterPaint((t) => resolve({ nextPaint, reply: t - clickAt }));
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, { capture: true, once: true });
})`;
const server = await preview({
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
  configLoader: 'runner',
});
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('no port');
const base = `http://127.0.0.1:${address.port}/`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
const page = await browser.newPage();
await page.goto(`${base}#/briefing/passport-delay`);
await page.getByRole('button', { name: 'Start the conversation' }).click();
await page.getByRole('group', { name: 'Your response' }).waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });

const rows: { turn: number; nextPaint: number; reply: number }[] = [];
for (let turn = 1; turn <= 12; turn++) {
  const group = page.getByRole('group', { name: 'Your response' });
  if (!(await group.isVisible().catch(() => false))) break;
  const buttons = group.getByRole('button');
  if ((await buttons.count()) === 0) break;
  const timing = page.evaluate<{ nextPaint: number; reply: number }>(MEASURE_ONE_TURN);
  await buttons.first().click();
  rows.push({ turn, ...(await timing) });
  await page.waitForTimeout(300);
  if (page.url().includes('#/debrief')) break;
}
await browser.close();
await server.close();

console.log(`CPU throttled ${THROTTLE}×; passport-delay, first response each turn`);
console.log('turn  click→next paint (ms)  click→reply painted (ms)');
for (const r of rows)
  console.log(
    String(r.turn).padEnd(6),
    r.nextPaint.toFixed(1).padStart(20),
    r.reply.toFixed(1).padStart(25),
  );
const worst = Math.max(...rows.map((r) => r.nextPaint));
console.log(
  `\nWorst click→next paint: ${worst.toFixed(1)} ms (target 50 ms) — ${worst <= 50 ? 'within target' : 'OVER TARGET'}`,
);
