/**
 * A stored session as the screens read it: the log's header fields and the list summary, flat, with
 * the log itself beside them. Derived on read (`sessionRecord`), never stored: the log is the truth.
 */
import type { BranchPoint, SessionLog, SessionMode } from '../domain/session/log-types';
import type { SessionOutcome } from '../domain/session/trace';
import type { StoredSession } from './session-store-types';

export interface SessionRecord {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  /** The scenario version the session was played on. */
  scenarioHash: string;
  mode: SessionMode;
  learnerName: string;
  attempt: number;
  startedAt: number;
  updatedAt: number;
  timeZone: string;
  turns: number;
  outcome: SessionOutcome | null;
  branchedFrom: BranchPoint | null;
  log: SessionLog;
}

export function sessionRecord({ log, summary }: StoredSession): SessionRecord {
  const h = log.header;
  return {
    id: h.sessionId,
    scenarioId: h.scenario.id,
    scenarioTitle: h.scenario.title,
    scenarioHash: h.scenario.hash,
    mode: h.mode,
    learnerName: h.learnerName,
    attempt: h.attempt,
    startedAt: h.startedAt,
    updatedAt: summary.updatedAt,
    timeZone: h.timeZone,
    turns: summary.turns,
    outcome: summary.outcome,
    branchedFrom: h.branchedFrom,
    log,
  };
}
