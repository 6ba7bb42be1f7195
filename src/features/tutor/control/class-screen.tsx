// A class session's control panel (#/tutor/class/:sessionId): finds the branch in the classroom's
// storage, loads the scenario version the class session was started on, and runs the panel. The
// route names the branch on screen, so a reload comes back to it.
import { useCallback, useMemo } from 'react';
import { useLocation } from 'wouter';
import { WithScenario } from '../../../app/screen-gates';
import { branchForest, findBranch } from '../../../domain/classroom/branch-tree';
import type { SessionSummary } from '../../../store/session-store-types';
import { useClassroom } from '../store/classroom-store';
import { ClassPanel } from './class-panel';
import { openPresenterWindow } from './presenter-window';

export function ClassScreen({ sessionId }: { sessionId: string }) {
  const ready = useClassroom((s) => s.ready);
  const sessions = useClassroom((s) => s.sessions);
  const forest = useMemo(() => branchForest(sessions.map((s) => s.log)), [sessions]);
  const summaries = useMemo(
    () => new Map<string, SessionSummary>(sessions.map((s) => [s.log.header.sessionId, s.summary])),
    [sessions],
  );
  const [, navigate] = useLocation();
  const onShowBranch = useCallback(
    (id: string) => {
      if (id !== sessionId) navigate(`/class/${id}`);
    },
    [navigate, sessionId],
  );
  const found = findBranch(forest, sessionId);
  if (!found)
    return ready ? (
      <div className="screen-message card">
        <h1>Class session not found</h1>
        <p>There is no class session “{sessionId}” saved in this browser.</p>
        <p>
          <a href="#/tutor">Back to classroom mode</a>
        </p>
      </div>
    ) : (
      <p role="status">Opening the class session…</p>
    );
  const { header } = found.root.log;
  return (
    <WithScenario record={{ scenarioId: header.scenario.id, scenarioHash: header.scenario.hash }}>
      {(scenario) => (
        <ClassPanel
          key={found.root.sessionId}
          scenario={scenario}
          log={found.branch.log}
          root={found.root}
          summaries={summaries}
          store={useClassroom}
          onShowBranch={onShowBranch}
          openPresenter={openPresenterWindow}
        />
      )}
    </WithScenario>
  );
}
