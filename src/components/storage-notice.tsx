// Tells the learner plainly when sessions are not being saved to the browser's storage, how many
// entries are waiting, and that their work is kept until it is saved. Bad stored records are listed,
// with their problems, in the library.
import { useSessions } from '../store/sessions-store';

export function StorageNotice() {
  const storage = useSessions((s) => s.storage);
  const bad = useSessions((s) => s.bad.length);
  if (storage?.kind !== 'memory' && bad === 0) return null;
  return (
    <div className="notice notice-warning" role="alert">
      {storage?.kind === 'memory' && (
        <p>
          <strong>Not saving to this device.</strong> {storage.problem}
          {storage.unsaved > 0 &&
            ` ${storage.unsaved} ${storage.unsaved === 1 ? 'change is' : 'changes are'} kept in this tab and will be saved as soon as storage works again; you can download a session’s log at any time.`}
        </p>
      )}
      {bad > 0 && (
        <p>
          {bad === 1 ? 'One saved record' : `${bad} saved records`} could not be opened and{' '}
          {bad === 1 ? 'has' : 'have'} been left untouched: see “Sessions that could not be opened”
          in the <a href="#/">library</a>.
        </p>
      )}
    </div>
  );
}
