// What the learner is told about storage, in one place: each message says what happened, what Defuse
// is doing about it, and what the learner can do.

export function describeFailure(e: unknown): string {
  if (e instanceof DOMException)
    return e.name === 'QuotaExceededError' ? 'storage is full' : e.message || e.name;
  return e instanceof Error ? e.message : String(e);
}

const IN_THIS_TAB = 'so sessions are kept only in this tab. Export a session to keep it.';

export const NO_INDEXEDDB = `This browser offers no storage here (IndexedDB is unavailable), ${IN_THIS_TAB}`;

export const BLOCKED_BY_OLD_TAB =
  'Defuse is open in another tab with an older version, which keeps storage locked: close that tab and reload this one. Until then sessions are kept only in this tab.';

export const refused = (e: unknown): string =>
  `The browser refused storage (${describeFailure(e)}), ${IN_THIS_TAB}`;

export const UPDATED_ELSEWHERE =
  'Defuse was updated in another tab: reload this tab to keep saving. Until then your session is kept only in this tab.';

export const unreadable = (e: unknown): string =>
  `Saved sessions could not be read (${describeFailure(e)}), so sessions are kept only in this tab. Reload to try again.`;

/** Begins "Saving failed (storage is full): …", as the status banner shows it. */
export const savingFailed = (e: unknown): string =>
  `Saving failed (${describeFailure(e)}): this tab keeps your session and keeps trying to save it every few seconds. Free some space, or export the session, before you close the tab.`;

export const NO_RELOAD_COPY =
  ' A copy for a reload could not be kept either: do not close this tab.';

/** Entries set aside because the session moved on elsewhere while they waited to be saved. */
export function setAsideProblem(seqs: readonly number[]): string {
  const n = seqs.length;
  const which =
    n === 0 ? 'its start' : n === 1 ? `entry ${seqs[0]}` : `entries ${seqs[0]}–${seqs[n - 1]}`;
  const it = n === 1 ? 'it' : 'them';
  return `${which} played while storage was failing could not be saved, because the session moved on in another tab or window; download ${it} to keep ${it}`;
}

export const unsavedCopyProblem = (problem: string): string =>
  `unsaved entries kept in this browser: ${problem}`;
