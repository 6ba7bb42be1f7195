// Says plainly when class sessions are not being saved to this browser's storage, and lists the saved
// class-session records that could not be read (left untouched).
import { useClassroom } from './classroom-store';

export function ClassroomStorageNotice() {
  const storage = useClassroom((s) => s.storage);
  const bad = useClassroom((s) => s.bad);
  if (storage?.kind !== 'memory' && bad.length === 0) return null;
  return (
    <div className="notice notice-warning" role="alert">
      {storage?.kind === 'memory' && (
        <p>
          <strong>Class sessions are not being saved to this device.</strong> {storage.problem}
          {storage.unsaved > 0 &&
            ` ${storage.unsaved} ${storage.unsaved === 1 ? 'change is' : 'changes are'} kept in this tab until storage works again; download the class record to be safe.`}
        </p>
      )}
      {bad.length > 0 && (
        <>
          <p>
            {bad.length === 1
              ? 'One saved class-session record'
              : `${bad.length} saved class-session records`}{' '}
            could not be opened and {bad.length === 1 ? 'has' : 'have'} been left untouched:
          </p>
          <ul>
            {bad.map((b) => (
              <li key={b.key}>
                {b.sessionId ?? b.key}: {b.problem}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
