// Creating a session: a new record, saved to storage before the conversation screen opens.
import { runtime } from '../../app/runtime';
import { newSessionRecord, type SessionMode } from '../../domain/session/session-record';
import { useSessions } from '../../store/sessions-store';

export interface StartChoice {
  scenarioId: string;
  scenarioTitle: string;
  mode: SessionMode;
  learnerName: string;
}

/** Saves a new session and resolves with its id once it is safe in storage. */
export async function startSession(choice: StartChoice): Promise<string> {
  const record = newSessionRecord({ ...choice, id: runtime.newId(), now: runtime.now() });
  await useSessions.getState().save(record);
  return record.id;
}
