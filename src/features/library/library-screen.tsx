// The first screen: the choice of a shared computer, stored records that could not be opened,
// sessions to pick up again, the built-in scenarios, finished sessions, and the optional Learning
// Record Store.
import { useEffect, useState } from 'react';
import { catalogue } from 'virtual:scenarios';
import { useSessions } from '../../store/sessions-store';
import { LrsPanel } from '../lrs/lrs-panel';
import { BadRecords } from './bad-records';
import { ContinueSessions } from './continue-sessions';
import { PastSessions } from './past-sessions';
import { ScenarioCatalogue } from './scenario-catalogue';
import { SharedComputerPanel } from './shared-computer-panel';
import { LIBRARY_TITLE_ID } from './use-delete-session';
import './library.css';

/** How long the library waits for storage before showing the scenarios without the sessions. */
export const STORAGE_WAIT_MS = 600;

/**
 * True once storage has been read, or after a short wait: the sessions to pick up again come above
 * the scenarios, so showing the scenarios first would push them down the page as the sessions arrive.
 */
function useStorageRead(): boolean {
  const ready = useSessions((s) => s.ready);
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setWaited(true), STORAGE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [ready]);
  return ready || waited;
}

export function LibraryScreen() {
  const read = useStorageRead();
  return (
    <div className="library">
      <div className="library-intro">
        <h1 id={LIBRARY_TITLE_ID} tabIndex={-1}>
          Scenario library
        </h1>
        <p>
          Practise conversations with customers who are worried, upset or angry — at a counter or on
          the phone. Read the briefing, choose practice or assessment, and take each turn at your
          own pace: there is no time limit.
        </p>
        <p className="library-assess">
          Assessing learners? <a href="#/assess">Open the assessor workspace</a> to check their
          exported session logs and record your decisions.
        </p>
        <p className="library-assess">
          Teaching a group? <a href="#/tutor">Classroom mode</a> runs a scenario with the whole
          class, on a projector.
        </p>
      </div>
      {read ? (
        <>
          <SharedComputerPanel />
          <BadRecords />
          <ContinueSessions />
          <ScenarioCatalogue entries={catalogue} />
          <PastSessions />
          <div className="library-section">
            <LrsPanel />
          </div>
        </>
      ) : (
        <p role="status" className="library-loading">
          Opening your sessions…
        </p>
      )}
    </div>
  );
}
