// Sending to a Learning Record Store, end to end in Chromium against a real LRS (Learning Locker's
// xapi-statements, started by each test on 127.0.0.1 and reached by the page directly: it sends CORS
// headers itself). A learner sets the LRS up in the app, finishes a session, and every statement is
// read back from the LRS; with the LRS down the statements wait, visibly, and arrive once it is up,
// with no duplicates; an LRS that answers 401, 500, nothing or not JSON gets a clear message each
// time and the statements stay queued; and without an LRS no request leaves the page at all.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { freePort, startRealLrs, statementsIn, type RealLrs } from '../support/real-lrs';
import { startStubLrs, type StubLrs } from '../support/stub-lrs';
import { launch, openApp, pageErrors } from './harness';
import {
  downloadText,
  fillLrsSettings,
  KEY,
  lrsPanel,
  lrsStatus,
  queuedInBrowser,
  saveLrsSettings,
  SECRET,
  testConnectionSays,
} from './lrs-flow';
import { finishSession, PASSPORT, startSession } from './play';

const HOSTILE = '=HYPERLINK("http://evil.example","y") <script>alert(1)</script>';

interface Statement {
  id: string;
  verb: { id: string };
  actor: { name?: string };
  context: { registration: string };
}

const verbs = (statements: Statement[]) => statements.map((s) => s.verb.id.split('/').at(-1));
/** The parts of a statement the app wrote (the LRS adds stored, authority and version). */
const ours = ({ id, actor, verb, object, result, context, timestamp }: Record<string, unknown>) =>
  JSON.parse(JSON.stringify({ id, actor, verb, object, result, context, timestamp })) as unknown;
const sessionIdOf = (page: Page) => new URL(page.url()).hash.split('/').at(-1)!;

describe('sending to a Learning Record Store', () => {
  let browser: Browser;
  let lrs: RealLrs | null = null;
  let stub: StubLrs | null = null;
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    await lrs?.stop();
    await stub?.close();
    lrs = null;
    stub = null;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends a finished session to the LRS set up in the app, and the LRS holds every statement', async () => {
    lrs = await startRealLrs(await freePort());
    const { context, page } = await openApp(browser);
    await lrsPanel(page)
      .getByText(/^Not set up/)
      .waitFor();
    const dialog = await fillLrsSettings(page, `${lrs.endpoint}/`);
    expect(await testConnectionSays(dialog)).toBe(
      'Connected: the LRS accepted the credentials (xAPI 1.0.3).',
    );
    await saveLrsSettings(page, dialog);
    await expect.poll(() => lrsStatus(page).textContent()).toBe('Nothing is waiting to send.');

    await startSession(page, { scenarioId: PASSPORT.id, mode: 'Assessment', name: HOSTILE });
    const said = await finishSession(page, 0);
    const status = lrsStatus(page);
    await expect
      .poll(() => status.textContent())
      .toBe(`Sent: the LRS stored all ${said.length + 3} statements.`);
    expect(await queuedInBrowser(page)).toBe(0);

    // Read back from the LRS: every statement of this session's registration, exactly as made.
    const held = (await statementsIn(lrs.endpoint, sessionIdOf(page))) as unknown as Statement[];
    expect(verbs(held)).toEqual([
      'initialized',
      ...said.map(() => 'answered'),
      'completed',
      'terminated',
    ]);
    for (const s of held) expect(s.actor.name).toBe(HOSTILE);
    // The debrief's download is the same statements (the unit it opens on is the one sent).
    const file = await downloadText(page, 'Download the xAPI statements (JSON)');
    const downloaded = JSON.parse(file.text) as Record<string, unknown>[];
    expect(held.map((s) => ours(s as never))).toEqual(downloaded.map(ours));

    // The key and secret stay in this browser: in no file the learner downloads.
    const log = await downloadText(page, 'Download the session log (JSON)');
    const csv = await downloadText(page, 'Download the turns (CSV)');
    for (const text of [file.text, log.text, csv.text]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(KEY);
    }
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('keeps the statements while the LRS is down, shows them waiting, and sends each once when it is up', async () => {
    const port = await freePort();
    const endpoint = `http://127.0.0.1:${port}/xAPI`;
    const { context, page } = await openApp(browser);
    const dialog = await fillLrsSettings(page, endpoint);
    expect(await testConnectionSays(dialog)).toBe(
      `No answer from 127.0.0.1:${port}: this device may be offline, the LRS may not be running, or it does not accept requests from this site.`,
    );
    await saveLrsSettings(page, dialog);

    await startSession(page, { scenarioId: PASSPORT.id, mode: 'Practice', name: 'Sam' });
    const said = await finishSession(page, 0);
    const count = said.length + 3;
    const status = lrsStatus(page);
    await expect
      .poll(() => status.textContent())
      .toMatch(
        new RegExp(
          `^${count} statements waiting to send\\. No answer from 127\\.0\\.0\\.1:${port}`,
        ),
      );
    expect(await queuedInBrowser(page)).toBe(count);

    // The LRS comes up; the sender's next attempt (within a minute at most) finds it.
    lrs = await startRealLrs(port);
    await expect
      .poll(() => status.textContent(), { timeout: 75_000 })
      .toBe(`Sent: the LRS stored all ${count} statements.`);
    expect(await queuedInBrowser(page)).toBe(0);
    const held = (await statementsIn(lrs.endpoint, sessionIdOf(page))) as unknown as Statement[];
    expect(held).toHaveLength(count);
    expect(new Set(held.map((s) => s.id)).size).toBe(count);

    // A reload sends nothing again: the session was handed over once.
    await page.reload();
    await expect.poll(() => lrsStatus(page).textContent()).toBe('Nothing is waiting to send.');
    expect(await statementsIn(lrs.endpoint, sessionIdOf(page))).toHaveLength(count);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  }, 150_000);

  it('says what a broken LRS answered — 401, 500, not JSON, no answer — and keeps every statement', async () => {
    stub = await startStubLrs('unauthorized');
    const { context, page } = await openApp(browser);
    const dialog = await fillLrsSettings(page, stub.endpoint);
    expect(await testConnectionSays(dialog)).toBe('The LRS refused the key and secret (401).');
    await saveLrsSettings(page, dialog);

    await startSession(page, { scenarioId: PASSPORT.id, mode: 'Practice' });
    const said = await finishSession(page, 0);
    const count = said.length + 3;
    const waiting = `${count} statements waiting to send.`;
    const status = lrsStatus(page);
    await expect
      .poll(() => status.textContent())
      .toBe(
        `${waiting} The LRS refused the key and secret (401). Check the LRS settings, then send again.`,
      );

    const host = new URL(stub.endpoint).host;
    for (const [mode, says] of [
      ['server-error', 'The LRS had a problem of its own (500 Internal Server Error).'],
      ['not-json', 'The LRS answered with something that is not xAPI JSON'],
      ['hang', `No answer from ${host} within 10 s.`],
    ] as const) {
      stub.mode = mode;
      await lrsPanel(page).getByRole('button', { name: 'Send now' }).click();
      await expect
        .poll(() => status.textContent(), { timeout: 30_000 })
        .toMatch(new RegExp(`^${waiting.replace('.', '\\.')} ${says.replace(/[().]/g, '\\$&')}`));
      expect(await queuedInBrowser(page)).toBe(count);
    }
    // Every attempt offered the same statements; none was ever dropped.
    const posted = stub.requests.filter((r) => r.method === 'POST');
    expect(posted.length).toBeGreaterThanOrEqual(4);
    for (const r of posted) expect((JSON.parse(r.body) as unknown[]).length).toBe(count);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('sends no request anywhere but the app itself while no LRS is set up', async () => {
    const { context, page } = await openApp(browser);
    const elsewhere: string[] = [];
    const app = new URL(inject('baseUrl')).origin;
    context.on('request', (r) => {
      if (new URL(r.url()).origin !== app) elsewhere.push(r.url());
    });
    await lrsPanel(page)
      .getByText(/^Not set up/)
      .waitFor();
    await startSession(page, { scenarioId: PASSPORT.id, mode: 'Assessment' });
    await finishSession(page, 0);
    await lrsPanel(page)
      .getByText(/^Not set up/)
      .waitFor();
    await downloadText(page, 'Download the xAPI statements (JSON)');
    expect(elsewhere).toEqual([]);
    // The sender was never even loaded: it has no database in this browser.
    const databases = await page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name),
    );
    expect(databases).not.toContain('defuse-lrs');
    await context.close();
  });
});
