// Asking before deleting a session, and putting focus somewhere sensible afterwards: on the list's
// heading, or on the page title when that list has gone.
import { useRef, useState, type RefObject } from 'react';
import type { SessionRecord } from '../../store/session-view';
import { useSessions } from '../../store/sessions-store';
import { DeleteSessionDialog } from './delete-session-dialog';

export const LIBRARY_TITLE_ID = 'library-title';

export function useDeleteSession(heading: RefObject<HTMLElement | null>) {
  const remove = useSessions((s) => s.remove);
  const [pending, setPending] = useState<SessionRecord | null>(null);
  const deleted = useRef(false);

  const afterClose = () => {
    if (!deleted.current) return null;
    return heading.current?.isConnected
      ? heading.current
      : document.getElementById(LIBRARY_TITLE_ID);
  };

  const dialog = pending && (
    <DeleteSessionDialog
      session={pending}
      onKeep={() => setPending(null)}
      onDelete={async () => {
        deleted.current = true;
        try {
          await remove(pending.id);
        } catch (e) {
          deleted.current = false;
          throw e;
        }
        setPending(null);
      }}
      returnFocusTo={afterClose}
    />
  );

  const ask = (session: SessionRecord) => {
    deleted.current = false;
    setPending(session);
  };

  return { ask, dialog };
}
