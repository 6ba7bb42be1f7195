/**
 * "Leave this page?" while entries are not yet in storage. The prompt is registered only while
 * something is unsaved: a standing beforeunload listener would keep browsers from caching the page.
 */
import type { StorageStatus } from './session-store-types';
import type { SessionsStore } from './sessions-store';

/** Whether leaving the page now could lose entries that storage has not taken. */
export const hasUnsaved = (status: StorageStatus | null): boolean =>
  status?.kind === 'memory' && status.unsaved > 0;

const confirmLeaving = (event: Event) => {
  event.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  if (typeof BeforeUnloadEvent === 'function' && event instanceof BeforeUnloadEvent)
    event.returnValue = '';
};

/**
 * Follows the store's storage status, registering the beforeunload prompt on `target` (the window)
 * while entries are unsaved. Returns the function that stops it.
 */
export function guardUnsaved(store: SessionsStore, target: EventTarget = window): () => void {
  let registered = false;
  const follow = (status: StorageStatus | null) => {
    const wanted = hasUnsaved(status);
    if (wanted === registered) return;
    registered = wanted;
    if (wanted) target.addEventListener('beforeunload', confirmLeaving);
    else target.removeEventListener('beforeunload', confirmLeaving);
  };
  follow(store.getState().storage);
  const unsubscribe = store.subscribe((state) => follow(state.storage));
  return () => {
    unsubscribe();
    follow(null);
  };
}
