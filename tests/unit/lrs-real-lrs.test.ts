/**
 * The sender against a real LRS — Learning Locker's statements service (xapi-statements), run in
 * memory on 127.0.0.1 by tests/support/real-lrs.ts — with real fetch: the statements it sends are
 * the statements the LRS gives back, sending again duplicates nothing, and statements queued while
 * the LRS is down arrive once it is up. The queue is fake-indexeddb; retry timers are fired by hand.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { postStatements, TIMEOUT_MS, type ClientDeps } from '../../src/lrs/lrs-client';
import type { LrsSettings } from '../../src/lrs/lrs-settings';
import { Outbox, type OutboxDeps } from '../../src/lrs/outbox';
import { openOutboxDb } from '../../src/lrs/outbox-db';
import { xapiStatements } from '../../src/export/xapi/session-statements';
import type { XapiStatement } from '../../src/export/xapi/xapi-types';
import { exportFixture } from '../../src/test-util/export-fixture';
import { freePort, startRealLrs, statementsIn, type RealLrs } from '../support/real-lrs';

let lrs: RealLrs | null = null;
afterEach(async () => {
  await lrs?.stop();
  lrs = null;
});

const client: ClientDeps = {
  fetch: (...args) => fetch(...args),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

let dbs = 0;
function outboxFor(settings: LrsSettings) {
  const retries: (() => void)[] = [];
  const name = `real-lrs-${++dbs}`;
  const deps: OutboxDeps = {
    ...client,
    db: () => openOutboxDb(name),
    settings: () => settings,
    now: () => Date.UTC(2026, 5, 1, 10, 0, 0),
    // The request timeout is real; retries wait for the test to fire them.
    setTimer: (run, ms) => (ms === TIMEOUT_MS ? setTimeout(run, ms) : retries.push(run)),
    clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    exclusive: (job) => job(),
    announce: () => undefined,
  };
  return { outbox: new Outbox(deps), retries };
}

async function fixtureStatements(): Promise<XapiStatement[]> {
  const f = await exportFixture({
    learnerName: '=HYPERLINK("http://evil.example") <script>x</script>',
  });
  return xapiStatements({
    trace: f.trace,
    unit: { framework: f.framework, assessment: f.assessment },
    homePage: 'https://defuse.college.example/',
  });
}

/** The parts of a statement Defuse wrote (the LRS adds stored, authority and version). */
const ours = ({ id, actor, verb, object, result, context, timestamp }: Record<string, unknown>) =>
  JSON.parse(JSON.stringify({ id, actor, verb, object, result, context, timestamp })) as unknown;

describe('sending to a real LRS (xapi-statements)', () => {
  it('stores every statement as sent, and sending again duplicates nothing', async () => {
    lrs = await startRealLrs(await freePort());
    const settings = { endpoint: lrs.endpoint, key: 'k', secret: 's' };
    const statements = await fixtureStatements();
    const { outbox } = outboxFor(settings);
    await outbox.queue('s1', statements);
    expect(outbox.status()).toMatchObject({ state: 'idle', waiting: 0, sent: statements.length });

    const registration = statements[0]!.context.registration;
    const held = await statementsIn(lrs.endpoint, registration);
    expect(held.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(held.map(ours)).toEqual(statements.map((s) => ours(s as never)));

    // The same statements again (another browser, a re-export): the LRS keeps one of each.
    expect(await postStatements(settings, statements, client)).toEqual({
      kind: 'stored',
      count: statements.length,
    });
    expect((await statementsIn(lrs.endpoint, registration)).map((s) => s.id)).toEqual(
      statements.map((s) => s.id),
    );
  });

  it('keeps statements while the LRS is down and sends them, once each, when it is up', async () => {
    const port = await freePort();
    const settings = { endpoint: `http://127.0.0.1:${port}/xAPI`, key: 'k', secret: 's' };
    const statements = await fixtureStatements();
    const { outbox, retries } = outboxFor(settings);
    await outbox.queue('s1', statements);
    expect(outbox.status()).toMatchObject({ state: 'retrying', waiting: statements.length });
    expect(retries).toHaveLength(1);

    lrs = await startRealLrs(port);
    retries.shift()!();
    await outbox.settled();
    expect(outbox.status()).toMatchObject({ state: 'idle', waiting: 0 });
    const held = await statementsIn(lrs.endpoint, statements[0]!.context.registration);
    expect(held.map((s) => s.id)).toEqual(statements.map((s) => s.id));
  });
});
