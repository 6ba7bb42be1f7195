// The first screen: the choice of a shared computer, stored records that could not be opened,
// sessions to pick up again, the built-in scenarios, finished sessions, and the optional Learning
// Record Store.
import { catalogue } from 'virtual:scenarios';
import { LrsPanel } from '../lrs/lrs-panel';
import { BadRecords } from './bad-records';
import { ContinueSessions } from './continue-sessions';
import { PastSessions } from './past-sessions';
import { ScenarioCatalogue } from './scenario-catalogue';
import { SharedComputerPanel } from './shared-computer-panel';
import { LIBRARY_TITLE_ID } from './use-delete-session';
import './library.css';

export function LibraryScreen() {
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
      <SharedComputerPanel />
      <BadRecords />
      <ContinueSessions />
      <ScenarioCatalogue entries={catalogue} />
      <PastSessions />
      <div className="library-section">
        <LrsPanel />
      </div>
    </div>
  );
}
