// Tells the learner plainly when sessions are not being saved to the browser's storage.
import { useSessions } from '../store/sessions-store';

export function StorageNotice() {
  const storage = useSessions((s) => s.storage);
  const unreadable = useSessions((s) => s.unreadable);
  if (storage?.kind !== 'memory' && unreadable.length === 0) return null;
  return (
    <div className="notice notice-warning" role="alert">
      {storage?.kind === 'memory' && (
        <p>
          <strong>Not saving to this device.</strong> {storage.problem}
        </p>
      )}
      {unreadable.length > 0 && (
        <p>
          {unreadable.length === 1 ? 'One saved session' : `${unreadable.length} saved sessions`}{' '}
          could not be opened and
          {unreadable.length === 1 ? ' has' : ' have'} been left untouched:{' '}
          {unreadable.map((u) => u.problem).join('; ')}.
        </p>
      )}
    </div>
  );
}
