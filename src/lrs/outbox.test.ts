// The sender with everything injected: an in-memory IndexedDB (fake-indexeddb), a scripted fetch that
// answers as an LRS would, and timers the test fires by hand, so back-off is checked without waiting.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { exportFixture } from '../test-util/export-fixture';
import { xapiStatements } from '../export/xapi/session-statements';
import type { XapiStatement } from '../export/xapi/xapi-types';
import { TIMEOUT_MS } from './lrs-client';
import type { LrsSettings } from './lrs-settings';
import { BATCH, Outbox, type OutboxDeps } from './outbox';
import { openOutboxDb } from './outbox-db';
import { statusInWords } from './status-words';

const SETTINGS: LrsSettings = { endpoint: 'https://lrs.example.org/xAPI', key: 'k', secret: 's' };
let statements: XapiStatement[];
beforeAll(async () => {
  const f = await exportFixture();
  statements = await xapiStatements({ trace: f.trace, homePage: 'https://d.example/' });
});

type Answer = (req: { method: string; url: string; body: unknown }) => Response | 'offline';
const json = (status: number, value: unknown) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
/** What a working LRS answers: POST gives the ids, PUT 204. */
const lrsOk: Answer = (req) =>
  req.method === 'POST'
    ? json(
        200,
        (req.body as XapiStatement[]).map((s) => s.id),
      )
    : new Response(null, { status: 204 });

let dbCount = 0;

/** An outbox whose LRS answers with `answer` (changeable), and whose timers wait to be fired. */
function harness(first: Answer, settings: LrsSettings | null = SETTINGS) {
  const requests: { method: string; url: string; body: unknown }[] = [];
  const retries: { run: () => void; ms: number; cancelled: boolean }[] = [];
  const h = {
    answer: first,
    settings,
    requests,
    retries,
    /** The retry timers still pending. */
    pending: () => retries.filter((t) => !t.cancelled),
    /** Fires the pending retry and waits for its drain. */
    async fireRetry() {
      const [t] = h.pending();
      if (!t) throw new Error('no retry is scheduled');
      t.cancelled = true;
      t.run();
      await outbox.settled();
    },
    /** Statement ids the LRS has been sent, in order, every time. */
    sentIds: () =>
      requests.flatMap((r) =>
        r.method === 'POST'
          ? (r.body as XapiStatement[]).map((s) => s.id)
          : [(r.body as XapiStatement).id],
      ),
  };
  const name = `outbox-test-${++dbCount}`;
  const deps: OutboxDeps = {
    db: () => openOutboxDb(name),
    settings: () => h.settings,
    now: () => Date.UTC(2026, 5, 1, 10, 0, 0),
    fetch: async (input, init) => {
      const req = {
        method: init?.method ?? 'GET',
        url: String(input),
        body: init?.body ? (JSON.parse(String(init.body)) as unknown) : undefined,
      };
      requests.push(req);
      const a = h.answer(req);
      if (a === 'offline') throw new TypeError('Failed to fetch');
      return a;
    },
    setTimer: (run, ms) => {
      // The client's 10 s request timeout is never fired here; retries are.
      if (ms === TIMEOUT_MS) return 'timeout';
      const t = { run, ms, cancelled: false };
      retries.push(t);
      return t;
    },
    clearTimer: (t) => {
      if (typeof t === 'object' && t) (t as { cancelled: boolean }).cancelled = true;
    },
    exclusive: (job) => job(),
    announce: vi.fn(),
  };
  const outbox = new Outbox(deps);
  return { h, outbox, deps, dbName: name };
}

describe('the outbox', () => {
  it('sends a finished session’s statements in order, once, and says it sent them', async () => {
    const { h, outbox } = harness(lrsOk);
    await outbox.queue('s1', statements);
    expect(h.requests).toHaveLength(1);
    expect(h.requests[0]!.url).toBe('https://lrs.example.org/xAPI/statements');
    expect(h.sentIds()).toEqual(statements.map((s) => s.id));
    expect(outbox.status()).toMatchObject({ state: 'idle', waiting: 0, sent: statements.length });
    expect(statusInWords(outbox.status())).toBe(
      `Sent: the LRS stored all ${statements.length} statements.`,
    );
    // The same session again (the play screen reopened): nothing new is queued or sent.
    await outbox.queue('s1', statements);
    expect(h.requests).toHaveLength(1);
  });

  it('makes no request at all while no LRS is set up, and keeps the statements', async () => {
    const { h, outbox } = harness(lrsOk, null);
    await outbox.queue('s1', statements);
    await outbox.send();
    expect(h.requests).toEqual([]);
    expect(statusInWords(outbox.status())).toBe(
      `${statements.length} statements waiting to send: no LRS is set up, so they stay in this browser.`,
    );
    h.settings = SETTINGS;
    await outbox.send();
    expect(h.sentIds()).toEqual(statements.map((s) => s.id));
  });

  it('keeps everything when the LRS is down and tries again after 2 s, 4 s, 8 s… up to a minute, then sends each statement once', async () => {
    const { h, outbox } = harness(() => 'offline');
    await outbox.queue('s1', statements);
    expect(outbox.status()).toMatchObject({ state: 'retrying', waiting: statements.length });
    expect(statusInWords(outbox.status())).toMatch(
      new RegExp(
        `^${statements.length} statements waiting to send\\. No answer from lrs\\.example\\.org: .* Defuse tries again by itself`,
      ),
    );
    const delays = [h.pending()[0]!.ms];
    for (let i = 0; i < 6; i++) {
      await h.fireRetry();
      delays.push(h.pending()[0]!.ms);
    }
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
    expect(outbox.status().waiting).toBe(statements.length);
    h.answer = lrsOk;
    await h.fireRetry();
    expect(outbox.status()).toMatchObject({ state: 'idle', waiting: 0 });
    expect(h.pending()).toEqual([]);
    // Seven attempts that got no answer, then one the LRS took, each with the same statements.
    expect(h.requests).toHaveLength(8);
    for (const r of h.requests)
      expect((r.body as XapiStatement[]).map((s) => s.id)).toEqual(statements.map((s) => s.id));
  });

  it('keeps the statements and waits for the learner when the key is refused, the endpoint is wrong or the statements are refused', async () => {
    for (const [status, words] of [
      [401, 'The LRS refused the key and secret (401).'],
      [404, 'There is no xAPI service at https://lrs.example.org/xAPI (404)'],
      [400, 'The LRS refused the statements as not valid (400: “{"message":"bad"}”).'],
    ] as const) {
      const { h, outbox } = harness(() => json(status, { message: 'bad' }));
      await outbox.queue('s1', statements);
      expect(outbox.status()).toMatchObject({ state: 'stuck', waiting: statements.length });
      expect(statusInWords(outbox.status())).toContain(words);
      expect(statusInWords(outbox.status())).toMatch(/Check the LRS settings, then send again\.$/);
      // No automatic retry: the same credentials would only be refused again.
      expect(h.pending()).toEqual([]);
      h.answer = lrsOk;
      await outbox.send();
      expect(outbox.status()).toMatchObject({ state: 'idle', waiting: 0 });
    }
  });

  it('retries a 500 and an answer that is not xAPI, keeping the statements', async () => {
    for (const bad of [
      () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }),
      () => new Response('<html>Sign in to the wifi</html>', { status: 200 }),
    ]) {
      const { h, outbox } = harness(bad);
      await outbox.queue('s1', statements);
      expect(outbox.status()).toMatchObject({ state: 'retrying', waiting: statements.length });
      h.answer = lrsOk;
      await h.fireRetry();
      expect(outbox.status().waiting).toBe(0);
    }
  });

  it('puts statements one by one when the LRS says some ids are taken (409), counting held ones as sent', async () => {
    const { h, outbox } = harness((req) =>
      req.method === 'POST'
        ? json(409, { message: 'conflict' })
        : (req.body as XapiStatement).id === statements[0]!.id
          ? json(409, { message: 'held' })
          : new Response(null, { status: 204 }),
    );
    await outbox.queue('s1', statements);
    expect(h.requests.map((r) => r.method)).toEqual(['POST', ...statements.map(() => 'PUT')]);
    expect(h.requests[1]!.url).toBe(
      `https://lrs.example.org/xAPI/statements?statementId=${statements[0]!.id}`,
    );
    expect(outbox.status()).toMatchObject({ state: 'idle', waiting: 0 });
  });

  it('sends a long queue in batches of 50', async () => {
    const { h, outbox } = harness(lrsOk);
    const many = Array.from({ length: 120 }, (_, i) => ({
      ...statements[0]!,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    await outbox.queue('s-many', many);
    expect(h.requests.map((r) => (r.body as unknown[]).length)).toEqual([BATCH, BATCH, 20]);
    expect(h.sentIds()).toEqual(many.map((s) => s.id));
  });

  it('sets aside a stored row that fails its check, says so, and sends the rest', async () => {
    const { h, outbox, dbName } = harness(lrsOk, null);
    await outbox.queue('s1', statements);
    const db = await openOutboxDb(dbName);
    const id = statements[1]!.id;
    await db.put('statements', {
      id,
      sessionId: 's1',
      position: 'two',
      queuedAt: 1,
      statement: {},
    });
    db.close();
    h.settings = SETTINGS;
    await outbox.send();
    expect(h.sentIds()).toEqual(statements.filter((s) => s.id !== id).map((s) => s.id));
    expect(outbox.status().quarantined).toEqual([
      `${id}: statement row.position must be a whole number from 0; statement row.statement.id must be a UUID`,
    ]);
    const again = await openOutboxDb(dbName);
    expect(await again.count('quarantine')).toBe(1);
    expect(await again.count('statements')).toBe(0);
    again.close();
  });

  it('says so when a session’s statements could not be made', () => {
    const { outbox } = harness(lrsOk);
    outbox.report('This session’s statements could not be made (x).');
    expect(outbox.status().problem).toBe('This session’s statements could not be made (x).');
  });
});
