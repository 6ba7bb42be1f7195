// "Remove my sessions from this computer", under the lists of sessions. Signed in on a shared
// computer, "my sessions" are every session of the visit. Otherwise the sessions here are the
// computer's, perhaps played under several names: the learner says whose (by the name given at the
// start), so one learner never removes, or is asked about, another's without choosing to.
import { useId, useMemo, useRef, useState } from 'react';
import type { SessionRecord } from '../../store/session-view';
import { useSharedComputer } from '../../store/shared-computer';
import { useSessionRecords } from '../../store/use-session-record';
import { RemoveSessionsDialog, sessionsWord } from './remove-sessions-dialog';
import { LIBRARY_TITLE_ID } from './use-delete-session';

/** The sessions here grouped by the name they were played under ('' for none), in list order. */
function byName(sessions: readonly SessionRecord[]): Map<string, SessionRecord[]> {
  const groups = new Map<string, SessionRecord[]>();
  for (const s of sessions) {
    const name = s.learnerName.trim();
    groups.set(name, [...(groups.get(name) ?? []), s]);
  }
  return groups;
}

export function RemoveMySessions() {
  const sessions = useSessionRecords();
  const signedIn = useSharedComputer((s) => s.signedIn);
  const groups = useMemo(() => byName(sessions), [sessions]);
  const [asking, setAsking] = useState(false);
  const [whose, setWhose] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const removed = useRef(false);
  const name = useId();

  if (sessions.length === 0 && !done && !asking) return null;
  // One name (or a shared visit): no choice to make.
  const only = signedIn || groups.size === 1;
  const chosen = only ? sessions : whose === null ? [] : (groups.get(whose) ?? []);

  const open = () => {
    removed.current = false;
    setDone(null);
    setWhose(null);
    setAsking(true);
  };

  return (
    <div className="remove-mine">
      {sessions.length > 0 && (
        <button type="button" className="button button-secondary" onClick={open}>
          Remove my sessions from this computer
        </button>
      )}
      <p aria-live="polite" className="remove-done">
        {done}
      </p>
      {asking && (
        <RemoveSessionsDialog
          title="Remove your sessions from this computer?"
          confirmLabel={chosen.length ? `Remove ${sessionsWord(chosen.length)}` : 'Remove'}
          sessions={chosen}
          onKeep={() => setAsking(false)}
          onRemoved={(n) => {
            removed.current = true;
            setAsking(false);
            setDone(`Removed ${sessionsWord(n)} from this computer.`);
          }}
          returnFocusTo={() => (removed.current ? document.getElementById(LIBRARY_TITLE_ID) : null)}
        >
          {!only && (
            <fieldset className="remove-whose">
              <legend>Whose sessions?</legend>
              {[...groups].map(([learner, list]) => (
                <label key={learner} className="remove-whose-option">
                  <input
                    type="radio"
                    name={name}
                    checked={whose === learner}
                    onChange={() => setWhose(learner)}
                  />
                  {learner ? `Played as ${learner}` : 'Played without a name'} (
                  {sessionsWord(list.length)})
                </label>
              ))}
            </fieldset>
          )}
        </RemoveSessionsDialog>
      )}
    </div>
  );
}
