/**
 * The rows of the outbox database, and the check every row read back must pass: stored data is input
 * too (STYLE 15). A row that fails is never sent; it is moved aside, whole, with what was wrong.
 */
import { fields, nonEmptyText, time, wholeFrom, isPlainObject } from '../domain/session/log-check';
import { isUuid } from '../export/xapi/uuid-v5';
import type { XapiStatement } from '../export/xapi/xapi-types';

/** One statement waiting to be sent. */
export interface StatementRow {
  /** The statement's id: the row's key. */
  id: string;
  sessionId: string;
  /** Its place among its session's statements, so they go in the order they happened. */
  position: number;
  /** When it was queued (ms since the epoch, from the app's clock). */
  queuedAt: number;
  statement: XapiStatement;
}

/** A session whose statements were handed to the outbox, so it is never queued twice. */
export interface SessionRow {
  sessionId: string;
  queuedAt: number;
  count: number;
}

const uuid = (v: unknown, p: string) =>
  typeof v === 'string' && isUuid(v) ? undefined : `${p} must be a UUID`;

/** The least an xAPI statement must have for an LRS to take it; the LRS checks the rest. */
const statement = (v: unknown, p: string): string | undefined => {
  if (!isPlainObject(v)) return `${p} must be an object`;
  if (typeof v.id !== 'string' || !isUuid(v.id)) return `${p}.id must be a UUID`;
  for (const part of ['actor', 'verb', 'object', 'context'] as const)
    if (!isPlainObject(v[part])) return `${p}.${part} must be an object`;
  if (typeof v.timestamp !== 'string') return `${p}.timestamp must be text`;
  return undefined;
};

/** Every problem of a statement row stored under `key`. */
export function statementRowProblems(value: unknown, key: IDBValidKey): string[] {
  const problems = fields(value, 'statement row', {
    what: 'a queued statement',
    required: {
      id: uuid,
      sessionId: nonEmptyText,
      position: wholeFrom(0),
      queuedAt: time,
      statement,
    },
  });
  if (problems.length) return problems;
  const row = value as unknown as StatementRow;
  if (row.id !== key) problems.push(`statement row.id ${JSON.stringify(row.id)} is not its key`);
  if (row.statement.id !== row.id) problems.push('statement row.statement.id is not the row’s id');
  return problems;
}

export function sessionRowProblems(value: unknown, key: IDBValidKey): string[] {
  const problems = fields(value, 'session row', {
    what: 'a queued session',
    required: { sessionId: nonEmptyText, queuedAt: time, count: wholeFrom(0) },
  });
  if (!problems.length && (value as SessionRow).sessionId !== key)
    problems.push('session row.sessionId is not its key');
  return problems;
}
