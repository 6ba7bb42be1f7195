// @vitest-environment jsdom
// The control panel, by role and label: the tutor's notes, mood and tension, each option's
// techniques and predicted effect, votes, choose (the most voted by default), pause, reveal, next,
// curveball, rewind and the branch tree, the shortcuts — and the presenter beside it following along.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { trace } from '../../../domain/session/trace';
import { classroomScenario, DISCUSSION, TUTOR_NOTES } from '../../../test-util/class-log';
import { testBrowsers } from '../../../test-util/log-storage-kit';
import { renderClass } from '../test-kit/render-class';

const { browser } = testBrowsers();
const scenario = classroomScenario();
const opening = scenario.beats.opening!.responses;
const text = (id: string) =>
  Object.values(scenario.beats)
    .flatMap((b) => b.responses)
    .find((r) => r.id === id)!.text;

/** The row of the options table for the response with this id. */
const rowOf = (id: string) => screen.getByRole('row', { name: new RegExp(escape(text(id))) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The number the option has on screen. */
const numberOf = (id: string) => Number(within(rowOf(id)).getByRole('rowheader').textContent);

const storedLog = (store: Awaited<ReturnType<typeof renderClass>>['store']) =>
  store.getState().sessions.find((s) => s.log.header.branchedFrom === null)!.log;

describe('the control panel', () => {
  it('shows the tutor notes and discussion prompt for the beat, the mood and tension', async () => {
    await renderClass(browser(), scenario);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Classroom: A test counter' }),
    ).toBeVisible();
    const notes = screen.getByRole('region', { name: 'Tutor notes' });
    expect(within(notes).getByText(TUTOR_NOTES.opening)).toBeVisible();
    expect(within(notes).getByText(DISCUSSION.opening)).toBeVisible();
    expect(screen.getByText('Frustrated')).toBeVisible();
    expect(screen.getByRole('meter', { name: 'Tension' })).toHaveAttribute('aria-valuenow', '50');
  });

  it("shows each option's techniques and predicted effect, from the engine", async () => {
    await renderClass(browser(), scenario);
    const row = rowOf('acknowledge');
    expect(within(row).getByText('Acknowledging feelings (empathy)')).toBeVisible();
    expect(
      within(row).getByText(/^Tension 50 → 38 \(−12\), stays frustrated; then beat “options”$/),
    ).toBeVisible();
    expect(within(rowOf('rules')).getByText(/\(poor\)/)).toBeVisible();
    const stepBack = screen.getByRole('row', { name: /Step back and get support/ });
    expect(within(stepBack).getByText(/passes the customer on/)).toBeVisible();
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('counts votes with + and −, and chooses the most voted by default, saving the votes with it', async () => {
    const user = userEvent.setup();
    const { store } = await renderClass(browser(), scenario);
    const n = numberOf('acknowledge');
    const more = screen.getByRole('button', { name: `One more vote for option ${n}` });
    const choose = screen.getByRole('button', { name: 'Choose (most votes)' });
    expect(choose).toHaveAttribute('aria-disabled', 'true');
    await user.click(more);
    await user.click(more);
    await user.click(more);
    await user.click(screen.getByRole('button', { name: `One vote fewer for option ${n}` }));
    expect(
      within(rowOf('acknowledge')).getByRole('group', { name: `Votes for option ${n}` }),
    ).toHaveTextContent('2');
    await user.click(screen.getByRole('button', { name: `Choose ${n} (most votes)` }));
    await screen.findByText('The class said:');
    const [entry] = storedLog(store).entries;
    expect(entry).toMatchObject({
      type: 'learner.respond',
      responseId: 'acknowledge',
      votes: { responses: { acknowledge: 2, rules: 0 }, stepBack: 0 },
    });
  });

  it('takes the option the tutor names, even against the votes', async () => {
    const user = userEvent.setup();
    const { store } = await renderClass(browser(), scenario);
    await user.click(
      screen.getByRole('button', { name: `One more vote for option ${numberOf('acknowledge')}` }),
    );
    await user.click(
      within(rowOf('rules')).getByRole('button', { name: `Choose ${numberOf('rules')}` }),
    );
    await screen.findByText('The class said:');
    expect(storedLog(store).entries[0]).toMatchObject({
      responseId: 'rules',
      votes: { responses: { acknowledge: 1 } },
    });
  });

  it('pauses for discussion, reveals the choice and moves on, and the presenter follows', async () => {
    const user = userEvent.setup();
    const c = await renderClass(browser(), scenario);
    const presenter = within(c.present().container);
    await presenter.findByRole('heading', { name: 'What would you say? Vote by number' });
    await user.click(screen.getByRole('button', { name: 'Pause for discussion' }));
    expect(screen.getByRole('button', { name: 'Pause for discussion' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await presenter.findByText(DISCUSSION.opening);
    await user.click(within(rowOf('acknowledge')).getByRole('button', { name: /^Choose \d$/ }));
    await presenter.findByRole('heading', { name: 'The class chose' });
    expect(presenter.queryByRole('heading', { name: 'What it did' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    await presenter.findByRole('heading', { name: 'What it did' });
    expect(presenter.getByText('They soften.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Next turn' }));
    await presenter.findByText('Can you just fast-track it? (frustrated)');
    // The projected screen never shows the tutor's notes or the techniques.
    const projected = c.presenter!.container.textContent ?? '';
    for (const note of Object.values(TUTOR_NOTES)) expect(projected).not.toContain(note);
    expect(projected).not.toMatch(/empathy|Tension \d|\(poor\)/);
    await screen.findByText(TUTOR_NOTES.options);
  });

  it('throws a curveball only with a reason, recorded as a tutor override and shown to the class', async () => {
    const user = userEvent.setup();
    const c = await renderClass(browser(), scenario);
    const presenter = within(c.present().container);
    const reason = screen.getByRole('combobox', { name: 'What happens (shown to the class)' });
    await user.click(screen.getByRole('button', { name: 'Throw the curveball' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Say what happens');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Nudge tension' }), 'Up 15');
    await user.type(reason, 'The queue behind them starts complaining');
    await user.click(screen.getByRole('button', { name: 'Throw the curveball' }));
    await waitFor(() =>
      expect(screen.getByRole('meter', { name: 'Tension' })).toHaveAttribute('aria-valuenow', '65'),
    );
    expect(storedLog(c.store).entries[0]).toMatchObject({
      type: 'tutor.override',
      tension: 65,
      reason: 'The queue behind them starts complaining',
    });
    expect(await presenter.findByText('The queue behind them starts complaining')).toBeVisible();
  });

  it('rewinds to a turn as a new branch, shown in the tree, and opens the first again', async () => {
    const user = userEvent.setup();
    const c = await renderClass(browser(), scenario, [
      { choose: 'acknowledge', votes: { acknowledge: 3 } },
      { choose: 'supervisor' },
    ]);
    expect(await screen.findByText(/Ending:/)).toBeVisible();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Take this turn again' }),
      'Turn 2',
    );
    await user.click(screen.getByRole('button', { name: 'Rewind to turn 2' }));
    const tree = screen.getByRole('region', { name: 'Branches explored' });
    await within(tree).findByText('Branch 2: turn 2 again, from branch 1');
    expect(within(tree).getByText('(on screen)').parentElement).toHaveTextContent('Branch 2');
    expect(screen.getByRole('heading', { level: 2, name: 'The class’s turn' })).toBeVisible();
    expect(
      screen.getByText(/Branch 2: turn 2 again, from branch 1 · Turn 2 of at most 6/),
    ).toBeVisible();
    const branch = c.store.getState().sessions.find((s) => s.log.header.branchedFrom !== null)!;
    expect(trace(scenario, branch.log).final.turn).toBe(1);
    expect(c.shown.at(-1)).toBe(branch.log.header.sessionId);
    await user.click(within(tree).getByRole('button', { name: 'Branch 1' }));
    await within(tree).findByText((_, el) => el?.textContent === 'Branch 1 (on screen)');
    expect(screen.getByText(/Ending:/)).toBeVisible();
  });

  it('says there are no notes for a beat without them', async () => {
    await renderClass(browser(), scenario, [{ choose: 'acknowledge' }, { choose: 'offer' }]);
    const notes = screen.getByRole('region', { name: 'Tutor notes' });
    expect(within(notes).getByText('No tutor notes for this beat.')).toBeVisible();
    expect(within(notes).getByText(/No discussion prompt for this beat/)).toBeVisible();
  });

  it('chooses a given option with G and its number, and opens a branch with T and its number', async () => {
    const user = userEvent.setup();
    const c = await renderClass(browser(), scenario, [{ choose: 'acknowledge' }]);
    await user.keyboard('w');
    await user.click(screen.getByRole('button', { name: 'Rewind to turn 1' }));
    const tree = screen.getByRole('region', { name: 'Branches explored' });
    await within(tree).findByText('Branch 2: turn 1 again, from branch 1');
    await user.click(document.body);
    await user.keyboard(`g${numberOf('rules')}`);
    await screen.findByText(`The class said:`);
    const branch = c.store.getState().sessions.find((s) => s.log.header.branchedFrom !== null)!;
    expect(branch.log.entries.at(-1)).toMatchObject({ responseId: 'rules' });
    await user.keyboard('t1');
    await within(tree).findByText((_, el) => el?.textContent === 'Branch 1 (on screen)');
    // G then anything but a number does nothing.
    await user.keyboard('gx');
    expect(c.store.getState().sessions).toHaveLength(2);
  });

  it('does everything from the keyboard shortcuts, listed on screen, and they can be turned off', async () => {
    const user = userEvent.setup();
    const c = await renderClass(browser(), scenario);
    const list = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    for (const keys of [
      '1 – 9',
      'Shift + 1 – 9',
      '0',
      'C',
      'G, then 1 – 9',
      'P',
      'R',
      'N',
      'B',
      'W',
      'T, then 1 – 9',
      'O',
      'J',
      'S',
    ])
      expect(within(list).getByText(keys)).toBeVisible();
    const n = numberOf('acknowledge');
    await user.keyboard(`${n}${n}${n}`);
    await user.keyboard(`{Shift>}${n}{/Shift}`);
    expect(within(rowOf('acknowledge')).getByRole('group')).toHaveTextContent('2');
    await user.keyboard('p');
    expect(screen.getByRole('button', { name: 'Pause for discussion' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.keyboard('c');
    await screen.findByText('The class said:');
    await user.keyboard('r');
    await screen.findByText('Revealed: what it did and why', { selector: 'strong' });
    await user.keyboard('n');
    await screen.findByText(/Turn 2 of at most 6/);
    await user.keyboard('b');
    expect(
      screen.getByRole('combobox', { name: 'What happens (shown to the class)' }),
    ).toHaveFocus();
    // Typing in a field is typing, not shortcuts.
    await user.keyboard('Noise from the car park{Enter}');
    await waitFor(() =>
      expect(storedLog(c.store).entries.at(-1)).toMatchObject({
        reason: 'Noise from the car park',
      }),
    );
    await user.click(document.body);
    await user.keyboard('w');
    expect(screen.getByRole('combobox', { name: 'Take this turn again' })).toHaveFocus();
    await user.click(document.body);
    await user.keyboard('o');
    expect(c.openPresenter).toHaveBeenCalledTimes(1);
    await user.click(within(list).getByRole('checkbox', { name: 'Single-key shortcuts on' }));
    await user.click(document.body);
    await user.keyboard('o');
    expect(c.openPresenter).toHaveBeenCalledTimes(1);
    expect(opening.length).toBe(4);
  }, 30_000);
});
