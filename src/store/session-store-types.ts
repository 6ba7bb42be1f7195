/**
 * The contract between the screens and the stored sessions. A session is its log (header + entries);
 * the store keeps every readable log, lists bad stored records without hiding the others, and writes
 * entries append-only. `summary` is a cache for lists (turns, ending) kept beside the log; it is never
 * evidence — the debrief and every export trace the log itself.
 */
import type { SessionLog } from '../domain/session/log-types';
import type { SessionOutcome } from '../domain/session/trace';

export type StorageStatus =
  | { kind: 'indexeddb' }
  /** Storage is unavailable or failing; the session carries on in memory. */
  | { kind: 'memory'; problem: string; /** entries not yet in storage */ unsaved: number };

/** What the library lists for a session without loading its scenario. */
export interface SessionSummary {
  turns: number;
  outcome: SessionOutcome | null;
  updatedAt: number;
}

export interface StoredSession {
  log: SessionLog;
  summary: SessionSummary;
}

/** A stored record that could not be read: listed with what is wrong, downloadable, deletable. */
export interface BadRecord {
  /** The storage key, to delete it by. */
  key: string;
  /** The session id, when the record has a readable one. */
  sessionId: string | null;
  /** What is wrong, precisely (e.g. `entries[3].tensionAfter must be a whole number`). */
  problem: string;
  /** The record exactly as stored, for download. */
  raw: unknown;
}

/** Another tab appended to this session first: `latest` is the log as it now stands. */
export class SessionMovedOn extends Error {
  constructor(readonly latest: StoredSession) {
    super('This session moved on in another tab or window.');
    this.name = 'SessionMovedOn';
  }
}

/** The session was deleted (perhaps in another tab): it is never recreated. */
export class SessionDeleted extends Error {
  constructor(readonly sessionId: string) {
    super('This session was deleted.');
    this.name = 'SessionDeleted';
  }
}
