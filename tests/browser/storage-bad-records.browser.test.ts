// Stored records that do not read back (written straight into IndexedDB "defuse" v2, as a damaged
// or hand-edited database would hold them) never hide the others: the library lists the good
// session and each bad record with its precise problem; "Download as it is" gives the record exactly
// as stored; Delete removes it for good once confirmed.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launch, openApp, pageErrors } from './harness';
import { PASSPORT, startSession, stepBack, storedRows, type StoredRows } from './play';

const expectNoAxeViolations = async (page: Page) => {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
};

/** What each damaged copy of a good session gets wrong, and the problem the library must name. */
const DAMAGE = {
  noUpdatedAt: {
    damage: (r: StoredRows) => void delete r.row.summary.updatedAt,
    problem: 'summary.updatedAt is missing',
  },
  textTension: {
    damage: (r: StoredRows) => void (r.entries[0]!.entry.tensionAfter = 'high'),
    problem: 'entries[0].tensionAfter must be a whole number from 0 to 100',
  },
  noStartedAt: {
    damage: (r: StoredRows) => void delete r.row.header.startedAt,
    problem: 'header.startedAt is missing',
  },
} as const;

/** A copy of `good` under a new id, damaged: the rows exactly as they will be stored. */
function damagedCopy(good: StoredRows, id: string, damage: (r: StoredRows) => void) {
  const copy = structuredClone(good);
  copy.row.sessionId = id;
  copy.row.header.sessionId = id;
  copy.entries = copy.entries.map((e) => ({ ...e, sessionId: id }));
  damage(copy);
  return { record: copy.row, entries: copy.entries };
}

type Raw = ReturnType<typeof damagedCopy>;

/** Writes rows into the app's database as they are, with no checks. */
function writeRows(page: Page, records: Raw[]) {
  return page.evaluate(
    (rs) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('defuse');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sessions', 'entries'], 'readwrite');
          for (const r of rs) {
            tx.objectStore('sessions').put(r.record);
            for (const e of r.entries) tx.objectStore('entries').put(e);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

describe('bad stored records', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the good session and each bad record with its problem; downloads one as it is; deletes one once confirmed', async () => {
    const { context, page } = await openApp(browser);
    // The good session, played through the UI.
    const goodId = await startSession(page, { scenarioId: PASSPORT.id });
    await stepBack(page);
    const good = await storedRows(page, goodId);
    expect(good.row.summary.turns).toBe(1);

    const bad = Object.values(DAMAGE).map(({ damage, problem }) => {
      const id = randomUUID();
      return {
        id,
        problem,
        title: `Session ${id.slice(0, 8)}…`,
        raw: damagedCopy(good, id, damage),
      };
    });
    await writeRows(
      page,
      bad.map((b) => b.raw),
    );
    await page.goto(new URL('#/', page.url()).href);
    await page.reload();

    // The good session is listed as usual.
    const past = page.getByRole('region', { name: 'Past sessions' });
    await past.getByText('You stepped back and got support').waitFor();
    await expect.poll(() => past.getByRole('listitem').count()).toBe(1);
    // Each bad record, with its precise problem.
    const list = page.getByRole('region', { name: 'Sessions that could not be opened' });
    const item = (title: string) =>
      list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    for (const b of bad)
      await item(b.title)
        .getByText(`session ${b.id.slice(0, 8)}…: ${b.problem}`, { exact: true })
        .waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(bad.length);
    await page
      .getByRole('alert')
      .filter({ hasText: `${bad.length} saved records could not be opened` })
      .waitFor();
    // Nothing shows an invalid date for the record whose start time is missing.
    await expect.poll(() => page.locator('main').innerText()).not.toContain('Invalid Date');
    await expectNoAxeViolations(page);

    // "Download as it is": exactly the rows as stored.
    const [tension, ...others] = [bad[1]!, bad[0]!, bad[2]!];
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item(tension.title)
        .getByRole('button', { name: `Download as it is ${tension.title}` })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(`defuse-record-${tension.id}.json`);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as Raw;
    expect(file).toEqual(tension.raw);
    expect(file.entries[0]!.entry.tensionAfter).toBe('high');

    // Delete asks first; "Keep it" keeps it; Delete removes it, for good.
    const remove = item(tension.title).getByRole('button', { name: `Delete ${tension.title}` });
    const dialog = page.getByRole('dialog', { name: 'Delete this record?' });
    await remove.click();
    await dialog.getByText(tension.problem).waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await dialog.waitFor({ state: 'detached' });
    await item(tension.title).waitFor();
    await remove.click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await item(tension.title).waitFor({ state: 'detached' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(others.length);

    await page.reload();
    for (const b of others) await item(b.title).getByText(b.problem, { exact: false }).waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(others.length);
    await past.getByText('You stepped back and got support').waitFor();
    const gone = await storedRows(page, tension.id);
    expect(gone.row).toBeUndefined();
    expect(gone.entries).toEqual([]);
    // The good session still opens.
    await past.getByRole('link', { name: /^Open the debrief/ }).click();
    await page.getByRole('heading', { level: 1, name: `Debrief: ${PASSPORT.title}` }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
