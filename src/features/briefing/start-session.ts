// Creating a session: a new, empty log of the scenario's current version, saved to storage before the
// conversation screen opens. "Try again" on the debrief makes its fresh log here too.
import { catalogue } from 'virtual:scenarios';
import { runtime } from '../../app/runtime';
import type { SessionLog, SessionMode } from '../../domain/session/log-types';
import { newLog } from '../../domain/session/new-log';
import { nextAttempt } from '../../store/attempts';
import { useSessions } from '../../store/sessions-store';

export interface StartChoice {
  scenarioId: string;
  mode: SessionMode;
  learnerName: string;
}

/** A new, empty log of the scenario's current version, numbered as the learner's next attempt. */
export function freshLog(choice: StartChoice): SessionLog {
  const entry = catalogue.find((s) => s.id === choice.scenarioId);
  if (!entry) throw new Error(`There is no scenario called “${choice.scenarioId}”.`);
  // One id from the injected source names the session and seeds its option order.
  const id = runtime.newId();
  return newLog({
    appVersion: runtime.appVersion,
    sessionId: id,
    scenario: { id: entry.id, title: entry.title, hash: entry.hash },
    mode: choice.mode,
    learnerName: choice.learnerName,
    attempt: nextAttempt(entry.id, choice.learnerName, useSessions.getState().sessions),
    startedAt: runtime.now(),
    timeZone: runtime.timeZone(),
    optionSeed: id,
  });
}

/** Saves a new session and resolves with its id once it is safe in storage. */
export async function startSession(choice: StartChoice): Promise<string> {
  const log = freshLog(choice);
  await useSessions.getState().create({
    log,
    summary: { turns: 0, outcome: null, updatedAt: log.header.startedAt },
  });
  return log.header.sessionId;
}
