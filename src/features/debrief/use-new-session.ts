// Starting again from a debrief: a fresh session of the same scenario and mode, or (practice only) a
// branch from just before a turn. Each is saved before navigating, and the original is never changed.
import { useCallback, useRef } from 'react';
import { useLocation } from 'wouter';
import { runtime } from '../../app/runtime';
import {
  branchRecord,
  newSessionRecord,
  type SessionRecord,
} from '../../domain/session/session-record';
import { useSessions } from '../../store/sessions-store';

export function useNewSession(record: SessionRecord) {
  const [, navigate] = useLocation();
  // One new session per press: a double click must not start two.
  const starting = useRef(false);
  const start = useCallback(
    async (next: SessionRecord) => {
      if (starting.current) return;
      starting.current = true;
      try {
        await useSessions.getState().save(next);
        navigate(`/play/${next.id}`);
      } finally {
        starting.current = false;
      }
    },
    [navigate],
  );
  const tryAgain = useCallback(
    () =>
      start(
        newSessionRecord({
          id: runtime.newId(),
          scenarioId: record.scenarioId,
          scenarioTitle: record.scenarioTitle,
          mode: record.mode,
          learnerName: record.learnerName,
          now: runtime.now(),
        }),
      ),
    [record, start],
  );
  /** Replay from turn N: keep the first N − 1 turns. */
  const replayFrom = useCallback(
    (turn: number) => start(branchRecord(record, turn - 1, runtime.newId(), runtime.now())),
    [record, start],
  );
  return { tryAgain, replayFrom };
}
