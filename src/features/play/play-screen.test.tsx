// @vitest-environment jsdom
// fake-indexeddb/auto gives the real sessions store a real (in-memory) IndexedDB to save to.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadScenarioById } from 'virtual:scenarios';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { customerNow, initialState } from '../../domain/escalation/engine';
import type { Scenario } from '../../domain/scenario/schema';
import { replay } from '../../domain/session/replay';
import { useSessions } from '../../store/sessions-store';
import { respond, withdraw } from '../../test-util/sessions';
import { renderScreens, SCENARIO_ID, seedSession, stored } from './test-screens';

let scenario: Scenario;
const first = () => scenario.beats[scenario.flow.start]!.responses[0]!;

beforeAll(async () => {
  await useSessions.getState().init();
  scenario = await loadScenarioById(SCENARIO_ID);
});

describe('the play screen', () => {
  it('shows the customer’s mood in words, the options in the “Your response” group, and the safety action', async () => {
    const record = await seedSession('practice');
    renderScreens(`/play/${record.id}`);
    const group = await screen.findByRole('group', { name: 'Your response' });
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Customer mood: (Calm|Frustrated|Aggressive|De-escalated)$/,
    );
    expect(screen.getByRole('heading', { level: 1, name: scenario.title })).toHaveFocus();
    const options = within(group).getAllByRole('button');
    expect(options.map((b) => b.textContent)).toEqual(
      scenario.beats[scenario.flow.start]!.responses.map((r) => r.text),
    );
    expect(screen.getByRole('button', { name: 'Step back and get support' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Conversation' })).getByText(
        customerNow(scenario, initialState(scenario)).line,
      ),
    ).toBeInTheDocument();
  });

  it('saves the turn before the customer’s next line appears, then moves focus to that line', async () => {
    const user = userEvent.setup();
    const record = await seedSession('practice');
    const next = customerNow(scenario, replay(scenario, [respond(first().id)])).line;
    const save = useSessions.getState().save;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const spy = vi.spyOn(useSessions.getState(), 'save').mockImplementation(async (r) => {
      await gate;
      await save(r);
    });
    renderScreens(`/play/${record.id}`);
    await user.click(await screen.findByRole('button', { name: first().text }));
    // At once the options go inactive; the learner's line follows in the next frame.
    expect(screen.getByRole('button', { name: first().text })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    const conversation = screen.getByRole('list', { name: 'Conversation' });
    expect(await within(conversation).findByText(first().text)).toBeInTheDocument();
    expect(within(conversation).queryByText(next)).toBeNull();
    // A second tap while saving is ignored: no double submit.
    await user.click(screen.getByRole('button', { name: first().text }));
    release();
    const line = await within(conversation).findByText(next);
    expect(line.closest('li')).toHaveFocus();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(stored(record.id)?.events).toEqual([
      { type: 'learner.respond', responseId: first().id, at: expect.any(Number) },
    ]);
    spy.mockRestore();
  });

  it('in practice mode shows the tension meter and a hint on request', async () => {
    const user = userEvent.setup();
    const record = await seedSession('practice');
    renderScreens(`/play/${record.id}`);
    const meter = await screen.findByRole('meter', { name: 'Tension' });
    expect(meter).toHaveAttribute(
      'aria-valuetext',
      `Tension ${scenario.customer.initialTension} of 100`,
    );
    const hint = screen.getByRole('button', { name: 'Show a hint' });
    expect(hint).toHaveAttribute('aria-expanded', 'false');
    await user.click(hint);
    expect(hint).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/^Hint:/).parentElement).toBeVisible();
  });

  it('in assessment mode shows neither meter nor hint, but still the mood in words', async () => {
    const record = await seedSession('assessment');
    renderScreens(`/play/${record.id}`);
    await screen.findByRole('group', { name: 'Your response' });
    expect(screen.getByRole('status')).toHaveTextContent(/^Customer mood: /);
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show a hint' })).toBeNull();
  });

  it('goes to the debrief when the conversation reaches an ending', async () => {
    const user = userEvent.setup();
    const record = await seedSession('practice');
    renderScreens(`/play/${record.id}`);
    await user.click(await screen.findByRole('button', { name: 'Step back and get support' }));
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: `Debrief: ${scenario.title}`,
    });
    expect(window.location.hash).toBe(`#/debrief/${record.id}`);
    await waitFor(() => expect(heading).toHaveFocus());
    expect(stored(record.id)?.outcome).toMatchObject({ kind: 'withdrew-safely' });
  });

  it('resumes a saved session at the same turn with the same transcript', async () => {
    const events = [respond(first().id)];
    const after = replay(scenario, events);
    const second = scenario.beats[after.beatId]!.responses[0]!;
    const record = await seedSession('assessment', [...events, respond(second.id)]);
    const state = replay(scenario, record.events);
    renderScreens(`/play/${record.id}`);
    const conversation = await screen.findByRole('list', { name: 'Conversation' });
    const lines = within(conversation)
      .getAllByRole('listitem')
      .map((li) => li.lastChild?.textContent);
    expect(lines).toEqual([
      ...state.history.flatMap((t) => [t.customerLine, t.text]),
      customerNow(scenario, state).line,
    ]);
    expect(screen.getByText(/Turn 3 of at most/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      new RegExp(`Customer mood: ${state.mood}`, 'i'),
    );
  });

  it('sends a finished session to its debrief, and says plainly when a session does not exist', async () => {
    const done = await seedSession('practice', [withdraw()]);
    const view = renderScreens(`/play/${done.id}`);
    await screen.findByRole('heading', { level: 1, name: `Debrief: ${scenario.title}` });
    view.unmount();
    renderScreens('/play/no-such-session');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Session not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the scenario library' })).toHaveAttribute(
      'href',
      '#/',
    );
  });
});
