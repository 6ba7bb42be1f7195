// The client against small local servers that answer as broken LRSs do (a working LRS is the real
// xapi-statements service, in tests/unit/lrs-real-lrs.test.ts). Real fetch, real sockets; only the
// 10 s timeout's timer is made short.
import { afterEach, describe, expect, it } from 'vitest';
import { startStubLrs, type StubLrs, type StubMode } from '../../tests/support/stub-lrs';
import { exportFixture } from '../test-util/export-fixture';
import { xapiStatements } from '../export/xapi/session-statements';
import { postStatements, testConnection, type ClientDeps } from './lrs-client';
import type { LrsSettings } from './lrs-settings';
import { answerInWords, connectionInWords } from './lrs-words';

const deps: ClientDeps = {
  fetch: (...args) => fetch(...args),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};
/** For an LRS that never answers: "10 s" passes in half a second. */
const hurried: ClientDeps = { ...deps, setTimer: (run) => setTimeout(run, 500) };

let stub: StubLrs | null = null;
afterEach(async () => {
  await stub?.close();
  stub = null;
});

async function against(mode: StubMode) {
  stub = await startStubLrs(mode);
  const settings: LrsSettings = { endpoint: stub.endpoint, key: 'college-key', secret: 'sécret' };
  const f = await exportFixture();
  const statements = await xapiStatements({ trace: f.trace, homePage: 'https://d.example/' });
  return { stub, settings, statements };
}

describe('postStatements against an LRS that fails', () => {
  it('sends xAPI’s headers: the version, Basic auth of the UTF-8 key and secret, JSON', async () => {
    const { stub, settings, statements } = await against('unauthorized');
    await postStatements(settings, statements, deps);
    const [req] = stub.requests;
    expect(req!.method).toBe('POST');
    expect(req!.url).toBe('/xAPI/statements');
    expect(req!.headers['x-experience-api-version']).toBe('1.0.3');
    expect(req!.headers['content-type']).toBe('application/json');
    expect(req!.headers.authorization).toBe(
      `Basic ${Buffer.from('college-key:sécret', 'utf8').toString('base64')}`,
    );
    expect(req!.headers.cookie).toBeUndefined();
    expect((JSON.parse(req!.body) as { id: string }[]).map((s) => s.id)).toEqual(
      statements.map((s) => s.id),
    );
  });

  it('says 401 is the key and secret refused', async () => {
    const { settings, statements } = await against('unauthorized');
    const answer = await postStatements(settings, statements, deps);
    expect(answer).toEqual({ kind: 'refused', status: 401 });
    expect(answerInWords(answer, settings.endpoint)).toBe(
      'The LRS refused the key and secret (401).',
    );
  });

  it('says 500 is the LRS’s own problem, with its status', async () => {
    const { settings, statements } = await against('server-error');
    const answer = await postStatements(settings, statements, deps);
    expect(answerInWords(answer, settings.endpoint)).toBe(
      'The LRS had a problem of its own (500 Internal Server Error).',
    );
  });

  it('says when the LRS does not answer in time', async () => {
    const { settings, statements } = await against('hang');
    const answer = await postStatements(settings, statements, hurried);
    expect(answer).toEqual({ kind: 'timeout', seconds: 10 });
    expect(answerInWords(answer, settings.endpoint)).toBe(
      `No answer from ${new URL(settings.endpoint).host} within 10 s.`,
    );
  });

  it('says when a success is not xAPI JSON, quoting what came back', async () => {
    const { settings, statements } = await against('not-json');
    const answer = await postStatements(settings, statements, deps);
    expect(answer.kind).toBe('not-xapi');
    expect(answerInWords(answer, settings.endpoint)).toBe(
      `The LRS answered with something that is not xAPI JSON (not the list of ${statements.length} statement ids xAPI answers with: “<html><body>Welcome to the wifi</body></html>”).`,
    );
  });

  it('says when nothing answers at all', async () => {
    const { stub, settings, statements } = await against('unauthorized');
    await stub.close();
    const answer = await postStatements(settings, statements, deps);
    expect(answer.kind).toBe('unreachable');
    expect(answerInWords(answer, settings.endpoint)).toMatch(
      /^No answer from 127\.0\.0\.1:\d+: this device may be offline, the LRS may not be running, or it does not accept requests from this site\.$/,
    );
  });
});

describe('testConnection', () => {
  it('reports each failure in the same words', async () => {
    for (const [mode, expected] of [
      ['unauthorized', 'The LRS refused the key and secret (401).'],
      ['server-error', 'The LRS had a problem of its own (500 Internal Server Error).'],
      ['hang', /^No answer from 127\.0\.0\.1:\d+ within 10 s\.$/],
      [
        'not-json',
        /^The LRS answered with something that is not xAPI JSON \(not the xAPI “about” document/,
      ],
      ['about-only', 'The LRS speaks xAPI 1.0.1, not 1.0.3, so Defuse cannot send to it.'],
    ] as const) {
      const { settings } = await against(mode);
      const said = connectionInWords(
        await testConnection(settings, mode === 'hang' ? hurried : deps),
        settings.endpoint,
      );
      if (typeof expected === 'string') expect(said).toBe(expected);
      else expect(said).toMatch(expected);
      await stub!.close();
      stub = null;
    }
  });
});
