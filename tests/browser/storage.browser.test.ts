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
    await notice.filter({ hasText: 'kept only in this tab' }).waitFor();
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    const conversation = page.getByRole('list', { name: 'Conversation' });
    await conversation.getByRole('listitem').first().waitFor();
    const option = page.getByRole('group', { name: 'Your response' }).getByRole('button').first();
    const said = (await option.textContent())!.trim();
    await option.click();
    // The learner's words join the conversation and the customer answers: the turn went through in memory.
    await conversation.getByText(said).waitFor();
    // The customer's line, the learner's, then the customer again (a reply, the next line, or both).
    await expect.poll(() => conversation.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => conversation.getByRole('listitem').nth(1).textContent())
      .toContain(said);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
