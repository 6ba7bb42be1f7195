// When the browser gives no storage (private mode, blocked, quota), the app says so plainly and the
// learner can still play: nothing crashes, and the session works in memory.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, pageErrors } from './harness';

describe('without browser storage', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says sessions are not being saved, and still plays a turn', async () => {
    const { context, page } = await openApp(browser, {
      path: '#/briefing/passport-delay',
      initScript: () => {
        Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      },
    });
    const notice = page.getByRole('alert').filter({ hasText: 'Not saving to this device' });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(/until you close the tab/);
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    const options = page.getByRole('group', { name: 'Your response' }).getByRole('button');
    const before = await page
      .getByRole('list', { name: 'Conversation' })
      .getByRole('listitem')
      .count();
    await options.first().click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Conversation' }).getByRole('listitem').count())
      .toBe(before + 2);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
