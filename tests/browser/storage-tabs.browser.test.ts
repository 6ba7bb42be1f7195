// One session open in two tabs of the same browser (two pages in one context: one IndexedDB, one
// BroadcastChannel). A tab that hears of the other's turn follows it; a tab that answers on its
// stale state is told plainly that the session moved on and shows the latest state; the stored log
// has each turn once, in order. A session deleted in one tab is never brought back by another.
// "Deaf" tabs miss the other tab's broadcasts, as a tab does when it answers before they arrive.
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  describeViolations,
  launch,
  newTab,
  openApp,
  pageErrors,
  waitFor,
} from './harness';
import {
  authorsResponse,
  learnerLines,
  responses,
  startSession,
  storedResponses,
  storedRows,
  takeTurn,
} from './play';

const MOVED_ON = 'This session moved on in another tab or window. You are seeing its latest turn.';

/**
 * Runs before the app: while `window.__deaf` is true this tab drops every BroadcastChannel message,
 * so it does not hear of other tabs' changes (it only learns of them when it next writes).
 */
function deafenable() {
  const w = window as unknown as { __deaf: boolean };
  w.__deaf = false;
  const proto = BroadcastChannel.prototype;
  const native = Object.getOwnPropertyDescriptor(proto, 'onmessage')!;
  Object.defineProperty(proto, 'onmessage', {
    configurable: true,
    get(this: BroadcastChannel) {
      return native.get!.call(this) as unknown;
    },
    set(this: BroadcastChannel, handler: unknown) {
      const listen =
        typeof handler === 'function'
          ? (e: MessageEvent) => {
              if (!w.__deaf) (handler as (e: MessageEvent) => void).call(this, e);
            }
          : handler;
      native.set!.call(this, listen);
    },
  });
}

const deafen = (page: Page, deaf: boolean) =>
  page.evaluate((d) => ((window as unknown as { __deaf: boolean }).__deaf = d), deaf);

const expectNoAxeViolations = async (page: Page) => {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
};

describe('one session in two tabs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('follows the other tab, says plainly when a stale answer was refused, and stores each turn once in order', async () => {
    const { context, page: a } = await openApp(browser, { initScript: deafenable });
    const id = await startSession(a);
    const b = await newTab(context, `#/play/${id}`);
    await responses(b).first().waitFor();
    const notice = (p: Page) => p.getByRole('status').filter({ hasText: MOVED_ON });

    // B does not hear of A's first turn, and answers on its stale state: refused, and told so.
    await deafen(b, true);
    const a1 = await takeTurn(a, 0);
    await expect.poll(() => learnerLines(b)).toEqual([]);
    await notice(b).waitFor({ state: 'detached' });
    const staleOption = await authorsResponse(b, 1);
    const stale = (await staleOption.textContent())!.trim();
    expect(stale).not.toBe(a1);
    await staleOption.click();
    await notice(b).waitFor();
    await expect.poll(() => learnerLines(b)).toEqual([a1]);
    await expectNoAxeViolations(b);

    // Listening again, B answers on the latest state; A follows without doing anything.
    await deafen(b, false);
    const b2 = await takeTurn(b, 0);
    await notice(b).waitFor({ state: 'detached' });
    await expect.poll(() => learnerLines(a)).toEqual([a1, b2]);
    await notice(a).waitFor();
    await expectNoAxeViolations(a);

    // And back: B follows A's third turn.
    const a3 = await takeTurn(a, 0);
    await expect.poll(() => learnerLines(b)).toEqual([a1, b2, a3]);
    await expect.poll(() => learnerLines(a)).toEqual([a1, b2, a3]);

    // Nothing lost, nothing twice: the stored log has each turn once, numbered in order.
    const rows = await waitFor(
      async () => {
        const r = await storedRows(a, id);
        return r.entries.length === 3 ? r : undefined;
      },
      { message: 'three stored entries' },
    );
    expect(storedResponses(rows)).toEqual([a1, b2, a3]);
    expect(storedResponses(rows)).not.toContain(stale);
    expect(rows.entries.map((r) => [r.seq, r.entry.seq])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(rows.entries.slice(1).map((r) => r.entry.prev)).toEqual(
      rows.entries.slice(0, -1).map((r) => r.entry.hash),
    );
    expect(rows.row.summary.turns).toBe(3);

    // A reload in either tab shows the same three turns.
    await b.reload();
    await responses(b).first().waitFor();
    await expect.poll(() => learnerLines(b)).toEqual([a1, b2, a3]);
    expect(pageErrors(a)).toEqual([]);
    expect(pageErrors(b)).toEqual([]);
    await context.close();
  });

  it('never brings back a session deleted in another tab', async () => {
    const { context, page: a } = await openApp(browser, { initScript: deafenable });
    const id = await startSession(a);
    const said = await takeTurn(a, 0);
    // Two more tabs on the play screen: one listening, one that will not hear of the deletion.
    const listening = await newTab(context, `#/play/${id}`);
    const deaf = await newTab(context, `#/play/${id}`);
    for (const tab of [listening, deaf]) await expect.poll(() => learnerLines(tab)).toEqual([said]);
    await deafen(deaf, true);

    await a.goto(new URL('#/', a.url()).href);
    const continuing = a.getByRole('region', { name: 'Continue where you left off' });
    await continuing.getByRole('button', { name: /^Delete the session / }).click();
    await a
      .getByRole('dialog', { name: 'Delete this session?' })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await continuing.waitFor({ state: 'detached' });

    const deletedHeading = (p: Page) =>
      p.getByRole('heading', { level: 1, name: 'This session was deleted' });
    // The listening tab says so at once; the deaf one when it tries a turn.
    await deletedHeading(listening).waitFor();
    await responses(deaf).first().click();
    await deletedHeading(deaf).waitFor();
    await deaf
      .getByRole('alert')
      .filter({ hasText: 'It was deleted in another tab or window' })
      .filter({ hasText: 'it will not come back' })
      .waitFor();
    await expect.poll(() => responses(deaf).count()).toBe(0);
    await expectNoAxeViolations(deaf);

    // Nothing was written back: no record, no entries, the tombstone stays, no copy for a reload.
    await expect
      .poll(async () => {
        const { row, entries, tombstone } = await storedRows(deaf, id);
        return {
          row,
          entries,
          tombstone: (tombstone as { sessionId?: string } | undefined)?.sessionId,
        };
      })
      .toEqual({ row: undefined, entries: [], tombstone: id });
    await expect
      .poll(() => deaf.evaluate((k) => localStorage.getItem(k), `defuse:unsaved:${id}`))
      .toBeNull();

    // After a reload the session is not back, on its own address or in the library.
    await deaf.reload();
    await deaf.getByRole('heading', { level: 1, name: 'Session not found' }).waitFor();
    await deaf.getByRole('link', { name: 'Back to the scenario library' }).click();
    await deaf
      .getByText('No past sessions yet — your finished conversations will appear here.')
      .waitFor();
    await deaf
      .getByRole('region', { name: 'Continue where you left off' })
      .waitFor({ state: 'detached' });
    await a.reload();
    await a
      .getByText('No past sessions yet — your finished conversations will appear here.')
      .waitFor();
    await continuing.waitFor({ state: 'detached' });
    for (const p of [a, listening, deaf]) expect(pageErrors(p)).toEqual([]);
    await context.close();
  });
});
