// "A new version of Defuse is ready": offered, never forced. Every turn is already saved as it is
// taken and the reflective account as it is typed, so updating picks the session up where it was.
import { useState } from 'react';
import { useOffline } from './offline-store';

export function UpdateNotice() {
  const update = useOffline((s) => s.update);
  const elsewhere = useOffline((s) => s.updatedElsewhere);
  const [updating, setUpdating] = useState(false);
  if (!update && !elsewhere) return null;
  return (
    <div className="notice notice-info update-notice" role="status">
      <p>
        {elsewhere
          ? 'Defuse was updated in another tab. Reload this page to carry on: your sessions are saved.'
          : 'A new version of Defuse is ready. Your sessions are saved, so you can update now and carry on where you are.'}
      </p>
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={updating || undefined}
        onClick={() => {
          if (updating) return;
          setUpdating(true);
          if (update) update();
          else location.reload();
        }}
      >
        {elsewhere ? 'Reload' : updating ? 'Updating…' : 'Update now'}
      </button>
    </div>
  );
}
