/**
 * The reflective account's working copy: the text exactly as typed, written to localStorage
 * synchronously on every change, so text typed a moment before a reload, a navigation or closing the
 * tab is never lost. The log keeps the account's saved revisions (`reflection.revise` entries); this
 * copy only bridges the moments between them, and the debrief clears it once a revision holds it.
 */
import { browserLocalStorage } from './unsaved-mirror';

export interface WorkingText {
  text: string;
  /** ms since the epoch of the keystroke that made this text, from the app's clock. */
  at: number;
}

const PREFIX = 'defuse:reflection:';
export const workingTextKey = (sessionId: string): string => `${PREFIX}${sessionId}`;

/**
 * Saves the text as typed. Returns false when localStorage refused it (full or blocked), so the
 * debrief can say the text is not yet safe.
 */
export function saveWorkingText(
  sessionId: string,
  text: string,
  at: number,
  local: Storage | null = browserLocalStorage(),
): boolean {
  if (!local) return false;
  try {
    local.setItem(workingTextKey(sessionId), JSON.stringify({ text, at } satisfies WorkingText));
    return true;
  } catch {
    return false;
  }
}

/** The working copy, or null when there is none or it cannot be read. */
export function readWorkingText(
  sessionId: string,
  local: Storage | null = browserLocalStorage(),
): WorkingText | null {
  try {
    const stored = local?.getItem(workingTextKey(sessionId));
    if (!stored) return null;
    const value = JSON.parse(stored) as Partial<WorkingText> | null;
    return typeof value?.text === 'string' &&
      typeof value.at === 'number' &&
      Number.isFinite(value.at)
      ? { text: value.text, at: value.at }
      : null;
  } catch {
    return null;
  }
}

export function clearWorkingText(
  sessionId: string,
  local: Storage | null = browserLocalStorage(),
): void {
  try {
    local?.removeItem(workingTextKey(sessionId));
  } catch {
    // Blocked storage: there is nothing to clear.
  }
}
