/**
 * Where class sessions are kept: the same append-only log storage and store as a learner's sessions
 * (log-storage.ts, sessions-store.ts), in a database of their own, so a class session is saved
 * exactly like a learner's — entry by entry, checked on load, carried on in memory and mirrored for
 * a reload when storage fails — and never appears among a learner's sessions. Its localStorage
 * copies are namespaced for the same reason.
 */
import { openLogStorage } from '../../../store/log-storage';
import { createSessionsStore, type SessionsStore } from '../../../store/sessions-store';
import { browserLocalStorage } from '../../../store/unsaved-mirror';
import { namespacedStorage } from './namespaced-storage';

export const CLASSROOM_DB = 'defuse-classroom';
export const CLASSROOM_PREFIX = 'defuse-classroom:';

/** localStorage as the classroom sees it (its own keys only). */
export const classroomLocal = (): Storage | null =>
  namespacedStorage(browserLocalStorage(), CLASSROOM_PREFIX);

/** The class sessions' store. Tests make their own with `createSessionsStore(() => openLogStorage(…))`. */
export const useClassroom: SessionsStore = createSessionsStore(() =>
  openLogStorage({ dbName: CLASSROOM_DB, local: classroomLocal() }),
);
