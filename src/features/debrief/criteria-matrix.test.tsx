// @vitest-environment jsdom
// The criteria matrix as a learner or assessor meets it on the debrief: the unit in full and a
// choice of the others, every criterion of the chosen unit with its status, evidence links into the
// transcript that Back (or "Back to the criteria") returns from, and different results for a
// session played well and one played badly.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CriterionStatus } from '../../domain/scoring/assessment-types';
import { useSessions } from '../../store/sessions-store';
import { traceOf } from '../play/test-screens';
import { unitLabel } from './assessment-frameworks';
import { assess, openAssessedDebrief, unitsOf, type Play } from './assessment-test-kit';
import { firstWords } from './criteria-evidence';
import { STATUS_LABEL } from './criteria-labels';

/** The criteria opened in full, with the choice of unit. */
const CRITERIA = { open: ['criteria', 'units'] } as const;

beforeAll(async () => {
  await useSessions.getState().init();
});

const matrix = () =>
  screen.getByRole('table', { name: /^Criteria of “.+” judged against this session$/ });
const unitChoice = () => screen.getByRole('group', { name: 'Qualification unit' });

/** The matrix as the learner reads it: each row's code and the status in words. */
function shownStatuses(): Record<string, string> {
  const rows = within(matrix())
    .getAllByRole('row')
    .filter((r) => within(r).queryAllByRole('rowheader').length === 1 && r.closest('tbody'));
  return Object.fromEntries(
    rows
      .filter((r) => r.querySelector('.criterion-status'))
      .map((r) => [
        within(r).getByRole('rowheader').textContent,
        r.querySelector('.criterion-status')!.textContent,
      ]),
  );
}

describe('the criteria matrix', () => {
  it('offers the scenario’s units, defaulting to the first, and lists every criterion of it', async () => {
    const { scenario, record } = await openAssessedDebrief('best', '', CRITERIA);
    expect(screen.getByRole('heading', { level: 2, name: 'Assessment criteria' })).toBeVisible();
    const units = unitsOf(scenario);
    const options = within(unitChoice()).getAllByRole('radio');
    expect(options.map((o) => o.closest('label')!.textContent)).toEqual(units.map(unitLabel));
    expect(within(unitChoice()).getByRole('radio', { name: unitLabel(units[0]!) })).toBeChecked();
    // The unit shown is named in full (a select would cut a long name off on a phone).
    expect(screen.getByText(unitLabel(units[0]!), { selector: '.unit-current' })).toBeVisible();

    const expected = assess(record, units[0]!);
    for (const c of expected.criteria) {
      const row = within(matrix()).getByRole('rowheader', { name: c.code }).closest('tr')!;
      expect(within(row).getByText(c.text, { selector: 'q' })).toBeInTheDocument();
      expect(within(row).getByText(STATUS_LABEL[c.status])).toBeInTheDocument();
      expect(within(row).getByText(c.rationale)).toBeInTheDocument();
    }
    expect(Object.keys(shownStatuses())).toEqual(expected.criteria.map((c) => c.code));
  });

  it('shows the counts per status and which criteria need other evidence than the simulation', async () => {
    const { scenario, record } = await openAssessedDebrief('best', '', CRITERIA);
    const expected = assess(record, unitsOf(scenario)[0]!);
    const counts = screen.getByRole('list', { name: 'Criteria by status' });
    for (const [status, n] of Object.entries(expected.counts))
      expect(
        within(counts).getByText(`${STATUS_LABEL[status as CriterionStatus]}: ${n}`),
      ).toBeVisible();
    const section = within(screen.getByRole('region', { name: 'Assessment criteria' }));
    expect(section.getByText(/simulation evidence \(S\)/)).toBeVisible();
    for (const c of expected.criteria.filter((x) => x.status === 'needs-other-evidence'))
      expect(
        section.getByText(
          (_, el) =>
            el?.tagName === 'LI' && new RegExp(`\\b${c.code}\\b.*need`).test(el.textContent ?? ''),
        ),
      ).toBeVisible();
  });

  it('changes the rows when the learner picks another unit', async () => {
    const user = userEvent.setup();
    const { scenario, record } = await openAssessedDebrief('best', '', CRITERIA);
    const other = unitsOf(scenario).find(
      (f) => f.criteria.length !== unitsOf(scenario)[0]!.criteria.length,
    )!;
    await user.click(within(unitChoice()).getByRole('radio', { name: unitLabel(other) }));
    const expected = assess(record, other);
    expect(
      await screen.findByText(
        `Showing the ${expected.criteria.length} criteria of “${other.unit.title}”.`,
      ),
    ).toBeInTheDocument();
    expect(shownStatuses()).toEqual(
      Object.fromEntries(expected.criteria.map((c) => [c.code, STATUS_LABEL[c.status]])),
    );
  });

  it('moves focus to the turn an evidence link cites, without changing the route', async () => {
    const user = userEvent.setup();
    const { record } = await openAssessedDebrief('best', '', CRITERIA);
    const hash = window.location.hash;
    const said = traceOf(record.log).turns[1]!.text;
    const link = within(matrix()).getAllByRole('link', { name: /^Turn 2: / })[0]!;
    expect(link).toHaveAccessibleName(`Turn 2: ${firstWords(said)}`);
    expect(said.startsWith(firstWords(said).replace(/…$/, ''))).toBe(true);
    const entries = history.length;
    await user.click(link);
    expect(document.getElementById('turn-2')).toHaveFocus();
    expect(window.location.hash).toBe(hash);
    // A history entry, so the browser's Back returns to the link.
    expect(history.length).toBe(entries + 1);
    history.back();
    await waitFor(() => expect(link).toHaveFocus());
    expect(window.location.hash).toBe(hash);
  });

  it('offers “Back to the criteria” in the turn an evidence link opened, back to that link', async () => {
    const user = userEvent.setup();
    await openAssessedDebrief('best', '', { open: [] });
    // The criteria and the turns are closed at first: the summary leads.
    const detail = screen.getByRole('button', { name: /^Each criterion, with its evidence/ });
    expect(detail).toHaveAttribute('aria-expanded', 'false');
    const turns = screen.getByRole('button', { name: /^Turn by turn/ });
    expect(turns).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table', { name: /^Criteria of/ })).toBeNull();
    await user.click(detail);
    const link = within(matrix()).getAllByRole('link', { name: /^Turn \d+: / })[0]!;
    const turn = Number(/^Turn (\d+)/.exec(link.textContent ?? '')![1]);
    await user.click(link);
    expect(turns).toHaveAttribute('aria-expanded', 'true');
    const item = document.getElementById(`turn-${turn}`)!;
    expect(item).toHaveFocus();
    await user.click(within(item).getByRole('link', { name: 'Back to the criteria' }));
    await waitFor(() => expect(link).toHaveFocus());
    expect(within(item).queryByRole('link', { name: 'Back to the criteria' })).toBeNull();
  });

  it('shows “Award credit for…” as the unit’s guidance to its markers, with what it asks of the learner', async () => {
    const { scenario } = await openAssessedDebrief('best', '', CRITERIA);
    const guided = unitsOf(scenario)
      .flatMap((f) => f.criteria)
      .find((c) => /^Award credit for/.test(c.text))!;
    expect(guided).toBeDefined();
    const row = within(matrix()).getByRole('rowheader', { name: guided.code }).closest('tr')!;
    expect(within(row).getByText('The unit’s guidance to its markers:')).toBeInTheDocument();
    expect(within(row).getByText(guided.text, { selector: 'q' })).toBeInTheDocument();
    expect(within(row).getByText(/^What it asks of you:/).parentElement).not.toHaveTextContent(
      /Award credit/,
    );
  });

  it('never says a simulation needs “simulation (S)”, and does not style “Needs other evidence” as a link', async () => {
    const { view } = await openAssessedDebrief('worst', '', CRITERIA);
    const section = screen.getByRole('region', { name: 'Assessment criteria' });
    expect(section.textContent).not.toMatch(/need s? ?simulation \(S\)|needs? simulation/i);
    for (const badge of section.querySelectorAll('.status-needs-other-evidence'))
      expect(badge.closest('a')).toBeNull();
    view.unmount();
  });

  it('shows different statuses for a session played well and one played badly', async () => {
    const statuses = async (play: Play) => {
      const { view } = await openAssessedDebrief(play, '', CRITERIA);
      const shown = shownStatuses();
      view.unmount();
      return shown;
    };
    const good = await statuses('best');
    const poor = await statuses('worst');
    expect(Object.keys(good)).toEqual(Object.keys(poor));
    const demonstrated = (s: Record<string, string>) =>
      Object.values(s).filter((x) => x === STATUS_LABEL.demonstrated).length;
    expect(demonstrated(good)).toBeGreaterThan(0);
    expect(demonstrated(poor)).toBe(0);
    const improved = Object.keys(good).filter(
      (code) =>
        good[code] === STATUS_LABEL.demonstrated && poor[code] === STATUS_LABEL['not-demonstrated'],
    );
    expect(improved.length).toBeGreaterThan(0);
    // Knowledge and reflection criteria need other evidence however the session went.
    for (const code of Object.keys(good))
      if (good[code] === STATUS_LABEL['needs-other-evidence'])
        expect(poor[code]).toBe(STATUS_LABEL['needs-other-evidence']);
  });
});
