/**
 * Rewinding a class session: a new log, the branch, that keeps the conversation of `source` up to
 * just before learner turn `turn` and records where it branched from (session, last kept entry and
 * its hash). The kept entries are copied as they were (same times, votes and overrides), chained to
 * the branch's own header, so every branch replays on its own from the start; the source is never
 * changed. The same header fields as the source (start time, seed) keep the copies honest: the
 * times taken and the options offered replay exactly.
 */
import { headerHash, nextEntry } from '../session/chain';
import type { EntryBody, SessionLog } from '../session/log-types';
import { branchPoint, newLog } from '../session/new-log';

export interface BranchOptions {
  sessionId: string;
  appVersion: string;
}

/** The branch of `source` at learner turn `turn` (1-based: the turn to take again). */
export async function branchLog(
  source: SessionLog,
  turn: number,
  o: BranchOptions,
): Promise<SessionLog> {
  const { keep, lastSeq } = branchPoint(source, Math.max(0, turn - 1));
  const from = keep[keep.length - 1];
  const h = source.header;
  let log = newLog({
    appVersion: o.appVersion,
    sessionId: o.sessionId,
    scenario: { ...h.scenario },
    mode: h.mode,
    learnerName: h.learnerName,
    attempt: h.attempt,
    startedAt: h.startedAt,
    timeZone: h.timeZone,
    optionSeed: h.optionSeed,
    branchedFrom: {
      sessionId: h.sessionId,
      entry: lastSeq,
      hash: from ? from.hash : await headerHash(h),
    },
  });
  for (const e of keep) {
    const { seq: _seq, at, prev: _prev, hash: _hash, ...body } = e;
    log = { ...log, entries: [...log.entries, await nextEntry(log, body as EntryBody, at)] };
  }
  return log;
}
