// The workspace's main page: load files, see each verdict and the batch's progress, the cohort
// table, and the decisions already recorded in this browser.
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CohortSection } from './cohort/cohort-section';
import { BatchProgress } from './intake/batch-progress';
import { useBatch } from './intake/batch';
import { FileIntake } from './intake/file-intake';
import { useThrottled } from './intake/use-throttled';
import { VerdictList } from './intake/verdict-list';
import { StoredDecisions } from './stored/stored-decisions';

/** How often the verdicts and the cohort are redrawn while files are being checked. */
const DRAW_EVERY_MS = 250;

export function Workspace() {
  const { files, run, add, clear } = useBatch(
    useShallow((s) => ({ files: s.files, run: s.run, add: s.add, clear: s.clear })),
  );
  // While a batch is checked the verdicts and the cohort are redrawn a few times a second, not per file.
  const drawn = useThrottled(files, DRAW_EVERY_MS, run === null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="assess">
      <div className="assess-intro">
        <h1 ref={heading} tabIndex={-1}>
          Assessor workspace
        </h1>
        <p>
          Check learners’ exported session logs, review one, and record your decision against a
          qualification unit. Loaded files stay in this tab and are never changed; decisions are
          kept in this browser. Learners’ own sessions in this browser are not read or touched.
        </p>
      </div>
      <FileIntake onPick={add} />
      <BatchProgress files={files} run={run} />
      {files.length > 0 && (
        <p>
          <button type="button" className="button button-secondary button-small" onClick={clear}>
            Clear the loaded files
          </button>
        </p>
      )}
      <VerdictList files={drawn} />
      <CohortSection files={drawn} />
      <StoredDecisions />
    </div>
  );
}
