/**
 * Renders a class session's control panel as the class screen does — over a classroom store with
 * real (fake-indexeddb) storage, the branch tree read from it, the route's branch following the
 * panel — and, when asked, a presenter window beside it on the same presenter channel.
 */
import { render, type RenderResult } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { vi } from 'vitest';
import { branchForest, findBranch } from '../../../domain/classroom/branch-tree';
import type { Scenario } from '../../../domain/scenario/schema';
import { createSessionsStore } from '../../../store/sessions-store';
import type { SessionSummary } from '../../../store/session-store-types';
import { makeClassLog, type ClassStep } from '../../../test-util/class-log';
import type { testBrowser } from '../../../test-util/log-storage-kit';
import { ClassPanel } from '../control/class-panel';
import { PresenterScreen } from '../presenter/presenter-screen';
import { presenterHub } from './presenter-hub';

export async function renderClass(
  browser: ReturnType<typeof testBrowser>,
  scenario: Scenario,
  steps: ClassStep[] = [],
) {
  const store = createSessionsStore(() => browser.open());
  await store.getState().init();
  const log = await makeClassLog(scenario, steps);
  await store.getState().create({
    log,
    summary: { turns: 0, outcome: null, updatedAt: log.header.startedAt },
  });
  const hub = presenterHub();
  const openPresenter = vi.fn();
  const shown: string[] = [];

  function Harness() {
    const sessions = store((s) => s.sessions);
    const [id, setId] = useState(log.header.sessionId);
    const forest = useMemo(() => branchForest(sessions.map((s) => s.log)), [sessions]);
    const summaries = useMemo(
      () =>
        new Map<string, SessionSummary>(sessions.map((s) => [s.log.header.sessionId, s.summary])),
      [sessions],
    );
    const found = findBranch(forest, id)!;
    return (
      <ClassPanel
        scenario={scenario}
        log={found.branch.log}
        root={found.root}
        summaries={summaries}
        store={store}
        onShowBranch={(next) => {
          shown.push(next);
          setId(next);
        }}
        openPresenter={openPresenter}
        openChannel={hub.openChannel}
      />
    );
  }
  const panel = render(<Harness />);
  let presenter: RenderResult | null = null;
  return {
    store,
    hub,
    panel,
    openPresenter,
    shown,
    /** Opens a presenter window (a second render on the same channel). */
    present() {
      presenter = render(<PresenterScreen openChannel={hub.openChannel} />);
      return presenter;
    },
    get presenter() {
      return presenter;
    },
  };
}
