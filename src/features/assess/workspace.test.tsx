// @vitest-environment jsdom
// The workspace with ten files at once, some broken: each gets its verdict (saying where a broken
// one went wrong), nothing from a file is ever markup, the cohort table sorts and filters by real
// controls, and the cohort CSV neutralises formula cells. Files are checked by the same code the
// worker runs (jsdom has no Worker, so the page runs it).
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FILE_KIND_LABEL } from '../../domain/assessor/checked-file';
import { downloadFile } from '../../export/download';
import { openDecisionDb, putDecision } from '../../store/decision-db';
import { batchCases, HOSTILE_NAME, type BatchCase } from '../../test-util/assess-files';
import { decisionFixture } from '../../test-util/decision-fixture';
import { chooseFiles, fileOf, renderAssess, resetAssess } from './assess-test-kit';

vi.mock('../../export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../export/download')>()),
  downloadFile: vi.fn(),
}));

let cases: BatchCase[];
beforeAll(async () => {
  cases = await batchCases();
});
beforeEach(resetAssess);
afterEach(() => vi.mocked(downloadFile).mockClear());

const verdictOf = (name: string) =>
  screen
    .getAllByRole('listitem')
    .find((li) => li.querySelector('.verdict-file')?.textContent === name)!;

// Checking ten files on the page takes a few seconds on a busy machine.
describe('the assessor workspace', { timeout: 30_000 }, () => {
  it('gives each of ten files its verdict, saying where a broken one went wrong', async () => {
    renderAssess();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Assessor workspace' }),
    ).toHaveFocus();
    await chooseFiles(cases);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Checked 10 files: 2 verified (1 practice, not evidence), 8 failed.',
    );
    for (const c of cases) {
      const item = verdictOf(c.name);
      const label =
        c.practice === true
          ? 'Verified — practice session, not assessment evidence'
          : FILE_KIND_LABEL[c.kind];
      expect(within(item).getByText(label)).toBeInTheDocument();
      if (c.says) expect(item).toHaveTextContent(c.says);
    }
    // Only verified logs can be opened for review.
    expect(screen.getAllByRole('link', { name: /^Review / }).map((a) => a.textContent)).toEqual([
      'Review ana-learner.json',
      'Review sam-practice.json',
    ]);
  });

  it('shows a learner name that is markup or a formula as the characters written', async () => {
    const { container } = renderAssess();
    await chooseFiles(cases.slice(0, 1));
    expect(verdictOf('ana-learner.json')).toHaveTextContent(HOSTILE_NAME);
    expect(container.querySelector('script')).toBeNull();
    const table = screen.getByRole('table', { name: /loaded file/ });
    expect(within(table).getByRole('link', { name: HOSTILE_NAME })).toBeInTheDocument();
  });

  it('says when the same log was given twice', async () => {
    renderAssess();
    await chooseFiles([cases[0]!, { ...cases[0]!, name: 'ana-again.json' }]);
    expect(verdictOf('ana-again.json')).toHaveTextContent(
      'The same log as ana-learner.json (the same seal).',
    );
    expect(verdictOf('ana-learner.json')).not.toHaveTextContent('The same log as');
  });

  it('reports a stored decision that cannot be read, beside the ones that can', async () => {
    const { record } = await decisionFixture();
    const db = await openDecisionDb();
    await putDecision(db, record);
    await db.put('decisions', { ...record, overall: { decision: 'passed' } }, ['x', 'y']);
    renderAssess();
    const stored = await screen.findByRole('region', {
      name: 'Decisions recorded in this browser',
    });
    expect(within(stored).getByRole('alert')).toHaveTextContent(
      '1 stored decision could not be read. They are kept exactly as stored:x / y: decision.overall.decision must be one of "achieved", "not-yet-achieved" (it is "passed")',
    );
    expect(stored).toHaveTextContent(
      'Ana Learner · Passport delayed, flight on Friday · attempt 2',
    );
    expect(stored).toHaveTextContent('Achieved, by Priya Assessor');
  });

  it('takes files dropped on it', async () => {
    renderAssess();
    const files = cases.slice(2, 5).map(fileOf);
    fireEvent.drop(screen.getByTestId('drop-area'), { dataTransfer: { files, items: [] } });
    await screen.findByText(/^Checked 3 files:/, undefined, { timeout: 15_000 });
    expect(verdictOf('truncated.json')).toHaveTextContent('Not JSON');
  });

  it('sorts the cohort from its column headers, saying so with aria-sort', async () => {
    renderAssess();
    const user = await chooseFiles(cases);
    const table = screen.getByRole('table', { name: /^10 of 10 loaded files shown/ });
    const learners = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[0]!.textContent);
    const header = (name: string) =>
      within(table).getByRole('columnheader', { name: new RegExp(`^${name}`) });
    await user.click(within(header('Learner')).getByRole('button'));
    expect(header('Learner')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('File')).not.toHaveAttribute('aria-sort');
    expect(table).toHaveAccessibleName(/sorted by learner \(ascending\)/);
    // Four files claim the hostile name (three of them broken); files with no learner come last.
    const none = Array<string>(5).fill('—none');
    expect(learners()).toEqual([...Array<string>(4).fill(HOSTILE_NAME), 'Sam Practice', ...none]);
    await user.click(within(header('Learner')).getByRole('button'));
    expect(header('Learner')).toHaveAttribute('aria-sort', 'descending');
    expect(learners()).toEqual(['Sam Practice', ...Array<string>(4).fill(HOSTILE_NAME), ...none]);
  });

  it('filters the cohort by labelled controls, and downloads what is shown as CSV', async () => {
    renderAssess();
    const user = await chooseFiles(cases);
    await user.selectOptions(screen.getByLabelText('Verification'), 'Any failure');
    const table = () => screen.getByRole('table', { name: /loaded files shown/ });
    expect(table()).toHaveAccessibleName(/^8 of 10 loaded files shown/);
    await user.selectOptions(screen.getByLabelText('Verification'), 'All files');
    await user.type(screen.getByLabelText('Learner or file name contains'), 'HYPERLINK');
    expect(table()).toHaveAccessibleName(/^4 of 10 loaded files shown/);
    await user.click(screen.getByRole('button', { name: 'Download the cohort (CSV)' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(1));
    const [name, text, type] = vi.mocked(downloadFile).mock.calls[0]!;
    expect(name).toMatch(/^defuse-cohort-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    const rows = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.File)).toEqual([
      'ana-learner.json',
      'forged.json',
      'tampered.json',
      'unknown-version.json',
    ]);
    for (const r of rows) expect(r.Learner).toBe(`'${HOSTILE_NAME}`);
    expect(rows.map((r) => r.Verification)).toEqual([
      'Verified',
      'Tampered',
      'Tampered',
      'Unknown scenario version',
    ]);
  });
});
