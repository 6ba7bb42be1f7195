/**
 * A small fetch-based xAPI client: POST a batch of statements, PUT one, and test a connection. Every
 * request carries X-Experience-API-Version and Basic auth, sends no cookies, and gives up after
 * TIMEOUT_MS. Answers come back as LrsAnswer data, never as exceptions, so the sender can keep the
 * statements and say exactly what happened. fetch and the timer are injected so tests can drive them.
 */
import { XAPI_VERSION } from '../export/xapi/xapi-iris';
import type { XapiStatement } from '../export/xapi/xapi-types';
import type { LrsAnswer } from './lrs-answer';
import type { LrsSettings } from './lrs-settings';

export const TIMEOUT_MS = 10_000;

export interface ClientDeps {
  fetch: typeof fetch;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** Base64 of the UTF-8 bytes (btoa alone refuses characters beyond Latin-1). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export const basicAuth = (s: LrsSettings): string => `Basic ${base64(`${s.key}:${s.secret}`)}`;

interface Reply {
  status: number;
  statusText: string;
  text: string;
}

/** One request; a failure to get any answer is returned as its LrsAnswer. */
async function request(
  s: LrsSettings,
  deps: ClientDeps,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<Reply | LrsAnswer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = deps.setTimer(() => {
    timedOut = true;
    controller.abort();
  }, TIMEOUT_MS);
  try {
    const response = await deps.fetch(`${s.endpoint}/${path}`, {
      method,
      headers: {
        Authorization: basicAuth(s),
        'X-Experience-API-Version': XAPI_VERSION,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      credentials: 'omit',
      signal: controller.signal,
    });
    return {
      status: response.status,
      statusText: response.statusText,
      text: await response.text(),
    };
  } catch (e) {
    if (timedOut) return { kind: 'timeout', seconds: TIMEOUT_MS / 1000 };
    return { kind: 'unreachable', detail: e instanceof Error ? e.message : String(e) };
  } finally {
    deps.clearTimer(timer);
  }
}

const isReply = (r: Reply | LrsAnswer): r is Reply => 'status' in r && 'text' in r;

/** A short, one-line extract of what the LRS said, for messages. */
export function extract(text: string, max = 160): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** The answer for a status that is not a success. */
function failure(r: Reply): LrsAnswer {
  if (r.status === 401 || r.status === 403) return { kind: 'refused', status: r.status };
  if (r.status === 404) return { kind: 'not-found', status: r.status };
  if (r.status === 400) return { kind: 'invalid', status: r.status, detail: extract(r.text) };
  if (r.status === 409) return { kind: 'conflict', status: r.status };
  return { kind: 'lrs-error', status: r.status, statusText: r.statusText };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

const notXapi = (text: string, expected: string): LrsAnswer => ({
  kind: 'not-xapi',
  detail:
    text.trim() === ''
      ? `an empty answer, not ${expected}`
      : `not ${expected}: “${extract(text, 60)}”`,
});

/** POST /statements: the LRS answers 200 with the stored statements' ids, in order. */
export async function postStatements(
  s: LrsSettings,
  statements: readonly XapiStatement[],
  deps: ClientDeps,
): Promise<LrsAnswer> {
  const r = await request(s, deps, 'POST', 'statements', statements);
  if (!isReply(r)) return r;
  if (r.status < 200 || r.status > 299) return failure(r);
  const json = parseJson(r.text);
  const ids = json.ok ? json.value : undefined;
  if (
    !Array.isArray(ids) ||
    ids.length !== statements.length ||
    ids.some((id) => typeof id !== 'string')
  )
    return notXapi(r.text, `the list of ${statements.length} statement ids xAPI answers with`);
  return { kind: 'stored', count: statements.length };
}

/** PUT /statements?statementId=…: 204 when stored, or when the LRS already held this same statement. */
export async function putStatement(
  s: LrsSettings,
  statement: XapiStatement,
  deps: ClientDeps,
): Promise<LrsAnswer> {
  const r = await request(
    s,
    deps,
    'PUT',
    `statements?statementId=${encodeURIComponent(statement.id)}`,
    statement,
  );
  if (!isReply(r)) return r;
  return r.status >= 200 && r.status <= 299 ? { kind: 'stored', count: 1 } : failure(r);
}

/** What a connection test found: the answer, and the xAPI versions the LRS says it speaks. */
export type ConnectionAnswer =
  | { kind: 'connected'; versions: string[] }
  | { kind: 'wrong-version'; versions: string[] }
  | LrsAnswer;

/**
 * GET /about (the versions the LRS speaks), then GET /statements?limit=1 with the credentials: the
 * one read that proves the key and secret are accepted, without writing anything.
 */
export async function testConnection(s: LrsSettings, deps: ClientDeps): Promise<ConnectionAnswer> {
  const about = await request(s, deps, 'GET', 'about');
  if (!isReply(about)) return about;
  if (about.status < 200 || about.status > 299) return failure(about);
  const parsed = parseJson(about.text);
  const versions =
    parsed.ok && typeof parsed.value === 'object' && parsed.value !== null
      ? (parsed.value as { version?: unknown }).version
      : undefined;
  if (!Array.isArray(versions) || !versions.every((v) => typeof v === 'string'))
    return notXapi(about.text, 'the xAPI “about” document (a JSON object listing its versions)');
  if (!versions.includes(XAPI_VERSION)) return { kind: 'wrong-version', versions };
  const read = await request(s, deps, 'GET', 'statements?limit=1');
  if (!isReply(read)) return read;
  if (read.status < 200 || read.status > 299) return failure(read);
  const result = parseJson(read.text);
  const list =
    result.ok && typeof result.value === 'object' && result.value !== null
      ? (result.value as { statements?: unknown }).statements
      : undefined;
  if (!Array.isArray(list))
    return notXapi(read.text, 'an xAPI statement result (JSON with a list of statements)');
  return { kind: 'connected', versions };
}
