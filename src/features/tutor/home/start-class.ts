// Starting a class session: a new, empty log of the scenario's current version (a practice session:
// a class run is never an individual's evidence), named for the class, saved to the classroom's
// storage before its control panel opens.
import { catalogue } from 'virtual:scenarios';
import { runtime } from '../../../app/runtime';
import { newLog } from '../../../domain/session/new-log';
import { nextAttempt } from '../../../store/attempts';
import { classroomLocal, useClassroom } from '../store/classroom-store';

export async function startClass(scenarioId: string, className: string): Promise<string> {
  const entry = catalogue.find((s) => s.id === scenarioId);
  if (!entry) throw new Error(`There is no scenario called “${scenarioId}”.`);
  const id = runtime.newId();
  const store = useClassroom.getState();
  const log = newLog({
    appVersion: runtime.appVersion,
    sessionId: id,
    scenario: { id: entry.id, title: entry.title, hash: entry.hash },
    mode: 'practice',
    learnerName: className,
    attempt: nextAttempt(entry.id, className, store.sessions, classroomLocal()),
    startedAt: runtime.now(),
    timeZone: runtime.timeZone(),
    optionSeed: id,
  });
  await store.create({
    log,
    summary: { turns: 0, outcome: null, updatedAt: log.header.startedAt },
  });
  return id;
}
