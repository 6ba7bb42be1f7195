/**
 * Attempt numbers: per scenario and learner in this browser, and never reused — deleting a session
 * does not give its number to the next one, so an assessor who sees attempt 3 knows two came before
 * and can ask about them. The highest number issued is kept in localStorage beside the sessions; a
 * browser that refuses localStorage still never repeats a number it can see.
 */
import type { StoredSession } from './session-store-types';
import { browserLocalStorage } from './unsaved-mirror';

const key = (scenarioId: string, learnerName: string) =>
  `defuse:attempts:${scenarioId}:${learnerName.trim().toLowerCase()}`;

/** The next attempt number for this scenario and learner, recorded as issued. */
export function nextAttempt(
  scenarioId: string,
  learnerName: string,
  sessions: readonly StoredSession[],
  local: Storage | null = browserLocalStorage(),
): number {
  const name = learnerName.trim().toLowerCase();
  const seen = sessions
    .map((s) => s.log.header)
    .filter((h) => h.scenario.id === scenarioId && h.learnerName.trim().toLowerCase() === name)
    .reduce((max, h) => Math.max(max, h.attempt), 0);
  let issued = 0;
  try {
    issued = Number(local?.getItem(key(scenarioId, learnerName)) ?? 0) || 0;
  } catch {
    // Unreadable: the sessions in view still keep numbers from repeating.
  }
  const next = Math.max(seen, issued) + 1;
  try {
    local?.setItem(key(scenarioId, learnerName), String(next));
  } catch {
    // Full or blocked: as above.
  }
  return next;
}
