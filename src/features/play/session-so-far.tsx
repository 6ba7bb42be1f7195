// "Download the session so far": offered on the play screen while storage is failing, so a learner
// never depends on this tab staying open to keep their work. The same sealed log the debrief exports.
import { useState } from 'react';
import type { SessionLog } from '../../domain/session/log-types';
import { downloadSessionLog } from '../library/download-session-log';

export function SessionSoFar({ log }: { log: SessionLog }) {
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    setProblem(null);
    try {
      await downloadSessionLog(log);
    } catch (e) {
      setProblem(`It could not be made (${e instanceof Error ? e.message : String(e)}).`);
    }
  };
  return (
    <div className="play-notice">
      <button type="button" className="button button-secondary" onClick={() => void download()}>
        Download the session so far (JSON)
      </button>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
