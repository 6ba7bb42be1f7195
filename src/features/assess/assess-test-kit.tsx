// Test helpers for the assessor workspace's screens: the workspace mounted at #/assess as the app
// mounts it, the batch of test files as real File objects (the 50 MB one claims its size without
// holding it), and every workspace store and the `defuse-assess` database emptied between tests.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDB } from 'idb';
import { Route } from 'wouter';
import { DECISION_DB, openDecisionDb } from '../../store/decision-db';
import { useDecisions } from '../../store/decisions-store';
import type { BatchCase } from '../../test-util/assess-files';
import { renderWithRouter } from '../../test-util/render';
import AssessScreen from './assess-screen';
import { useCohortView } from './cohort/cohort-view';
import { useBatch } from './intake/batch';

export function renderAssess(path = '/assess') {
  return renderWithRouter(
    <Route path="/assess" nest>
      <AssessScreen />
    </Route>,
    { path },
  );
}

/** A test case as the File a browser would give. */
export function fileOf(c: BatchCase): File {
  const file = new File(c.bytes ? [c.bytes as BlobPart] : [], c.name, { type: 'application/json' });
  if (!c.bytes) Object.defineProperty(file, 'size', { value: c.size });
  return file;
}

/** Chooses the files with the workspace's file input and waits until every one is checked. */
export async function chooseFiles(cases: readonly BatchCase[]) {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText('Choose session log files'), cases.map(fileOf));
  await screen.findByText(new RegExp(`^Checked ${cases.length} files?:`), undefined, {
    timeout: 15_000,
  });
  return user;
}

export async function resetAssess() {
  useBatch.getState().clear();
  useCohortView.getState().reset();
  // Empty the stored decisions with a connection of our own (the store keeps its open).
  await openDecisionDb();
  const db = await openDB(DECISION_DB);
  await db.clear('decisions');
  db.close();
  useDecisions.setState({ status: 'idle', records: [], bad: [], problem: null });
}
