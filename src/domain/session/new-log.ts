/** A new, empty session log, and a branch of an existing one (replay from a turn). */
import type { BranchPoint, LogHeader, SessionLog, SessionMode } from './log-types';
import { ENGINE_VERSION, LOG_FORMAT, LOG_KIND, isConversation } from './log-types';

export interface NewLog {
  appVersion: string;
  sessionId: string;
  scenario: { id: string; title: string; hash: string };
  mode: SessionMode;
  learnerName: string;
  attempt: number;
  startedAt: number;
  timeZone: string;
  optionSeed: string;
  branchedFrom?: BranchPoint | null;
}

export function newLog(n: NewLog): SessionLog {
  const header: LogHeader = {
    kind: LOG_KIND,
    format: LOG_FORMAT,
    appVersion: n.appVersion,
    engineVersion: ENGINE_VERSION,
    sessionId: n.sessionId,
    scenario: { ...n.scenario },
    mode: n.mode,
    learnerName: n.learnerName.trim(),
    attempt: n.attempt,
    startedAt: n.startedAt,
    timeZone: n.timeZone,
    optionSeed: n.optionSeed,
    branchedFrom: n.branchedFrom ?? null,
  };
  return { header, entries: [] };
}

/**
 * The entries a branch from `source` keeps to replay its first `turn` learner turns: every
 * conversation entry up to (not including) learner turn `turn + 1`, with tutor overrides in between.
 * Returns the source entries to copy and the branch point (the last kept entry).
 */
export function branchPoint(
  source: SessionLog,
  turn: number,
): { keep: SessionLog['entries']; lastSeq: number } {
  const keep: SessionLog['entries'] = [];
  let learnerTurns = 0;
  let lastSeq = 0;
  for (const e of source.entries) {
    if (!isConversation(e)) continue;
    if (e.type !== 'tutor.override') {
      if (learnerTurns === turn) break;
      learnerTurns++;
    }
    keep.push(e);
    lastSeq = e.seq;
  }
  return { keep, lastSeq };
}
