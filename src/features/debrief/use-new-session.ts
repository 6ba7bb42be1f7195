// Starting again from a debrief: a fresh session of the same scenario and mode, or (practice only) a
// branch from just before a turn. Each is saved before navigating, and the original is never changed:
// a branch is a new log whose header records the session, entry and hash it branched from.
import { useCallback, useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { runtime } from '../../app/runtime';
import { headerHash, nextEntry } from '../../domain/session/chain';
import type { EntryBody, SessionLog } from '../../domain/session/log-types';
import { branchPoint, newLog } from '../../domain/session/new-log';
import type { SessionRecord } from '../../store/session-view';
import { nextAttempt } from '../../store/attempts';
import { useSessions } from '../../store/sessions-store';
import { freshLog } from '../briefing/start-session';

export function useNewSession(record: SessionRecord) {
  const [, navigate] = useLocation();
  // One new session per press: a double click must not start two.
  const starting = useRef(false);
  // The record as it now stands (the account's revisions change it), read when a button is pressed,
  // so the callbacks stay the same and the memoised turn list is not re-rendered by every save.
  const latest = useRef(record);
  useEffect(() => {
    latest.current = record;
  }, [record]);
  const start = useCallback(
    async (make: () => Promise<{ log: SessionLog; turns: number }>) => {
      if (starting.current) return;
      starting.current = true;
      try {
        const { log, turns } = await make();
        const updatedAt = log.entries[log.entries.length - 1]?.at ?? log.header.startedAt;
        await useSessions.getState().create({ log, summary: { turns, outcome: null, updatedAt } });
        navigate(`/play/${log.header.sessionId}`);
      } finally {
        starting.current = false;
      }
    },
    [navigate],
  );
  const attempt = () =>
    nextAttempt(
      latest.current.scenarioId,
      latest.current.learnerName,
      useSessions.getState().sessions,
    );

  /** A fresh session on the scenario's current version. */
  const tryAgain = useCallback(
    () =>
      start(async () => ({
        log: freshLog({
          scenarioId: latest.current.scenarioId,
          mode: latest.current.mode,
          learnerName: latest.current.learnerName,
        }),
        turns: 0,
      })),
    [start],
  );

  /** Replay from turn N: a new log on the same scenario version, keeping the first N − 1 turns. */
  const replayFrom = useCallback(
    (turn: number) =>
      start(async () => {
        const source = latest.current.log;
        const { keep, lastSeq } = branchPoint(source, turn - 1);
        const from = keep[keep.length - 1];
        let log = newLog({
          appVersion: runtime.appVersion,
          sessionId: runtime.newId(),
          scenario: { ...source.header.scenario },
          mode: 'practice',
          learnerName: source.header.learnerName,
          attempt: attempt(),
          // The kept turns were timed from the source's start, so the branch keeps it.
          startedAt: source.header.startedAt,
          timeZone: source.header.timeZone,
          // The kept turns were offered in this session's order, so the branch keeps its seed.
          optionSeed: source.header.optionSeed,
          branchedFrom: {
            sessionId: source.header.sessionId,
            entry: lastSeq,
            hash: from ? from.hash : await headerHash(source.header),
          },
        });
        for (const e of keep) {
          const { seq: _s, at, prev: _p, hash: _h, ...body } = e;
          log = { ...log, entries: [...log.entries, await nextEntry(log, body as EntryBody, at)] };
        }
        return { log, turns: turn - 1 };
      }),
    [start],
  );
  return { tryAgain, replayFrom };
}
