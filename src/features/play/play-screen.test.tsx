// @vitest-environment jsdom
// The play screen over the real sessions store and real (fake-indexeddb) log storage. Storage is
// wrapped (controlled-sessions.ts) only so a test can hold an append back or make one fail; another
// tab is a second storage connection that this tab does not hear, as when a message is missed.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { customerNow, initialState } from '../../domain/escalation/engine';
import { shownOrder } from '../../domain/escalation/shown-order';
import type { Scenario } from '../../domain/scenario/schema';
import { nextEntry } from '../../domain/session/chain';
import type { LogEntry } from '../../domain/session/log-types';
import { recordStep } from '../../domain/session/record-step';
import { replay } from '../../domain/session/replay';
import { openLogStorage } from '../../store/log-storage';
import { useSessions } from '../../store/sessions-store';
import { storageControl } from '../../test-util/controlled-sessions';
import { pathTo } from '../../test-util/path-to';
import { inStorage } from '../../test-util/log-storage-kit';
import { respond, withdraw } from '../../test-util/sessions';
import {
  currentVersion,
  renderScreens,
  seedSession,
  stored,
  storedTrace,
  traceOf,
} from './test-screens';
import { summaryOf } from '../../store/persist-turn';

vi.mock('../../store/sessions-store', async (importOriginal) =>
  (await import('../../test-util/controlled-sessions')).controlledSessionsModule(
    await importOriginal(),
  ),
);

let scenario: Scenario;
const responsesAtStart = () => scenario.beats[scenario.flow.start]!.responses;
const first = () => responsesAtStart()[0]!;
const conversation = () => within(screen.getByRole('list', { name: 'Conversation' }));

beforeAll(async () => {
  await useSessions.getState().init();
  ({ scenario } = await currentVersion());
});
afterEach(() => storageControl.reset());

/**
 * Another tab, which this one does not hear, takes the first turn with `responseId`. Returns the
 * entry it stored.
 */
async function otherTabResponds(sessionId: string, responseId: string): Promise<LogEntry> {
  const log = stored(sessionId)!.log;
  const state = initialState(scenario);
  const at = log.header.startedAt + 4_000;
  const step = recordStep(
    scenario,
    state,
    { type: 'learner.respond', responseId, at },
    { shown: shownOrder(scenario, state, log.header.optionSeed), startedAt: log.header.startedAt },
  );
  const entry = await nextEntry(log, step.body, at);
  const other = await openLogStorage({ openChannel: null, local: null });
  await other.load();
  await other.append(sessionId, entry, summaryOf(scenario, step.after, at));
  other.close();
  return entry;
}

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
    // In the session's seeded order (the one its entries record), not the author's.
    const order = shownOrder(scenario, initialState(scenario), record.log.header.optionSeed);
    const text = (id: string) => responsesAtStart().find((r) => r.id === id)!.text;
    expect(options.map((o) => o.textContent)).toEqual(order.map(text));
    expect([...order].sort()).toEqual(
      responsesAtStart()
        .map((r) => r.id)
        .sort(),
    );
    expect(screen.getByRole('button', { name: 'Step back and get support' })).toBeInTheDocument();
    expect(
      conversation().getByText(customerNow(scenario, initialState(scenario)).line),
    ).toBeInTheDocument();
  });

  it('stores the turn in the log before the customer’s next line appears, then moves focus to that line', async () => {
    const user = userEvent.setup();
    const record = await seedSession('practice');
    const after = replay(scenario, [respond(first().id)]);
    const next = customerNow(scenario, after).line;
    const release = storageControl.holdAppends();
    renderScreens(`/play/${record.id}`);
    await user.click(await screen.findByRole('button', { name: first().text }));
    // At once the options go inactive; the learner's line follows in the next frame.
    expect(screen.getByRole('button', { name: first().text })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(await conversation().findByText(first().text)).toBeInTheDocument();
    // Storage does not have the turn yet, so the customer has not answered.
    expect(conversation().queryByText(next)).toBeNull();
    expect(stored(record.id)!.log.entries).toEqual([]);
    // A second tap while saving is ignored: no double submit.
    await user.click(screen.getByRole('button', { name: first().text }));
    release();
    const line = await conversation().findByText(next);
    // By the time the line shows, the log holds the turn exactly as the learner saw it.
    const entries = stored(record.id)!.log.entries;
    expect(entries).toEqual([
      expect.objectContaining({
        seq: 1,
        type: 'learner.respond',
        responseId: first().id,
        text: first().text,
        techniques: after.history[0]!.effect.techniques,
        tensionBefore: scenario.customer.initialTension,
        tensionAfter: after.tension,
        moodAfter: after.mood,
      }),
    ]);
    expect(storedTrace(record.id)!.discrepancies).toEqual([]);
    expect((await inStorage(record.id))?.log.entries).toEqual(entries);
    expect(line.closest('li')).toHaveFocus();
  });

  it('says when a turn could not be saved, and “Try saving again” saves it', async () => {
    const user = userEvent.setup();
    const record = await seedSession('practice');
    const next = customerNow(scenario, replay(scenario, [respond(first().id)])).line;
    storageControl.failNextAppend(new Error('the storage refused it'));
    renderScreens(`/play/${record.id}`);
    await user.click(await screen.findByRole('button', { name: first().text }));
    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent('Your response could not be saved (the storage refused it).');
    expect(conversation().queryByText(next)).toBeNull();
    expect(screen.getByRole('button', { name: first().text })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(stored(record.id)!.log.entries).toEqual([]);

    await user.click(within(problem).getByRole('button', { name: 'Try saving again' }));
    expect(await conversation().findByText(next)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(storedTrace(record.id)!.turns.map((t) => t.responseId)).toEqual([first().id]);
    expect((await inStorage(record.id))?.log.entries).toHaveLength(1);
  });

  it('when another tab took the turn first, says the session moved on and shows its latest turn', async () => {
    const user = userEvent.setup();
    const record = await seedSession('practice');
    renderScreens(`/play/${record.id}`);
    await screen.findByRole('group', { name: 'Your response' });
    const theirs = responsesAtStart()[1]!;
    const entry = await otherTabResponds(record.id, theirs.id);

    await user.click(screen.getByRole('button', { name: first().text }));
    expect(
      await screen.findByText(
        'This session moved on in another tab or window. You are seeing its latest turn.',
      ),
    ).toBeInTheDocument();
    const latest = replay(scenario, [respond(theirs.id)]);
    expect(conversation().getByText(theirs.text)).toBeInTheDocument();
    expect(conversation().getByText(customerNow(scenario, latest).line)).toBeInTheDocument();
    expect(conversation().queryByText(first().text)).toBeNull();
    expect(screen.getByText(/Turn 2 of at most/)).toBeInTheDocument();
    // This tab's choice was not written over the other tab's turn.
    expect(stored(record.id)!.log.entries).toEqual([entry]);
    expect((await inStorage(record.id))?.log.entries).toEqual([entry]);
    // The learner carries on from there.
    const options = within(screen.getByRole('group', { name: 'Your response' }));
    expect(options.getAllByRole('button')[0]).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('when the session was deleted in another tab, says so, offers the way back and writes nothing more', async () => {
    const user = userEvent.setup();
    const record = await seedSession('practice');
    renderScreens(`/play/${record.id}`);
    await screen.findByRole('group', { name: 'Your response' });
    const other = await openLogStorage({ openChannel: null, local: null });
    await other.delete(record.id);
    other.close();

    await user.click(screen.getByRole('button', { name: first().text }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This session was deleted' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'nothing more is saved here and it will not come back',
    );
    expect(screen.getByRole('link', { name: 'Back to the scenario library' })).toHaveAttribute(
      'href',
      '#/',
    );
    expect(screen.queryByRole('group', { name: 'Your response' })).toBeNull();
    expect(stored(record.id)).toBeUndefined();
    expect(await inStorage(record.id)).toBeNull();
    expect(Object.keys(localStorage).filter((k) => k.includes(record.id))).toEqual([]);
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

  it('in assessment mode shows neither meter, hint nor mood label: the figure and the cue only', async () => {
    const record = await seedSession('assessment');
    renderScreens(`/play/${record.id}`);
    await screen.findByRole('group', { name: 'Your response' });
    expect(screen.queryByText(/Customer mood/)).toBeNull();
    expect(screen.getByRole('heading', { name: 'What you notice' })).toBeInTheDocument();
    expect(screen.getByText(customerNow(scenario, initialState(scenario)).cue)).toBeInTheDocument();
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show a hint' })).toBeNull();
  });

  it('goes to the debrief when the conversation reaches an ending', async () => {
    const user = userEvent.setup();
    const record = await seedSession('practice');
    renderScreens(`/play/${record.id}`);
    await user.click(await screen.findByRole('button', { name: 'Step back and get support' }));
    await user.click(screen.getByRole('button', { name: 'Yes, end it and get support' }));
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: `Debrief: ${scenario.title}`,
    });
    expect(window.location.hash).toBe(`#/debrief/${record.id}`);
    await waitFor(() => expect(heading).toHaveFocus());
    expect(storedTrace(record.id)?.outcome).toMatchObject({ kind: 'withdrew-safely' });
    expect(stored(record.id)?.outcome).toMatchObject({ kind: 'withdrew-safely' });
  });

  it('asks once before stepping back, quick by keyboard, and never holds focus', async () => {
    const user = userEvent.setup();
    const record = await seedSession('practice');
    renderScreens(`/play/${record.id}`);
    const stepBack = await screen.findByRole('button', { name: 'Step back and get support' });
    // Apart from the responses, in a section of its own.
    const group = screen.getByRole('group', { name: 'Your response' });
    expect(group).not.toContainElement(stepBack);
    expect(screen.getByRole('region', { name: 'If you need to stop' })).toContainElement(stepBack);

    // Enter asks; focus is on "Yes"; Escape takes the question away and focus back to the button.
    stepBack.focus();
    await user.keyboard('{Enter}');
    const question = screen.getByRole('group', { name: 'End the conversation and get support?' });
    expect(
      within(question).getByRole('button', { name: 'Yes, end it and get support' }),
    ).toHaveFocus();
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /^End the conversation/ })).toBeNull();
    const again = screen.getByRole('button', { name: 'Step back and get support' });
    expect(again).toHaveFocus();
    expect(stored(record.id)!.log.entries).toEqual([]);

    // "No, carry on" does the same; Tab moves on freely while the question is open.
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'No, carry on' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: /^No, carry on/ })).not.toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'No, carry on' }));
    expect(screen.getByRole('button', { name: 'Step back and get support' })).toHaveFocus();

    // Enter, Enter: asked once, answered, and the conversation ends safely.
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: `Debrief: ${scenario.title}` });
    expect(storedTrace(record.id)?.outcome).toMatchObject({ kind: 'withdrew-safely' });
  });

  it('shows the customer’s reply right after the learner’s line, before the next beat’s line, and announces both', async () => {
    const user = userEvent.setup();
    const { scenario: benefit } = await currentVersion('benefit-stopped');
    const { events } = pathTo(benefit, 'not-coping');
    const ask = benefit.beats['not-coping']!.responses.find((r) => r.id === 'ask-and-stay')!;
    const after = replay(benefit, [...events, respond(ask.id)]);
    expect(after.ending).toBeNull();
    const reply = after.history.at(-1)!.reply!;
    const next = customerNow(benefit, after).line;
    const record = await seedSession('practice', events, '', { scenarioId: 'benefit-stopped' });
    renderScreens(`/play/${record.id}`);
    await user.click(await screen.findByRole('button', { name: ask.text }));
    const nextLine = await conversation().findByText(next);
    const lines = conversation()
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    const at = (text: string) => lines.findIndex((l) => l?.endsWith(text));
    expect(at(reply.line)).toBe(at(ask.text) + 1);
    expect(at(next)).toBe(at(reply.line) + 1);
    expect(lines[at(reply.line)]).toBe(`${benefit.customer.name}${reply.line}`);
    // Focus still lands on the line the learner now answers; the reply is announced with it.
    expect(nextLine.closest('li')).toHaveFocus();
    expect(
      screen.getByText(`${benefit.customer.name}: ${reply.line} ${benefit.customer.name}: ${next}`),
    ).toBeInTheDocument();
  });

  it('resumes a saved session at the same turn with the same transcript', async () => {
    const after = replay(scenario, [respond(first().id)]);
    const second = scenario.beats[after.beatId]!.responses[0]!;
    const record = await seedSession('assessment', [respond(first().id), respond(second.id)]);
    const state = traceOf(record.log).final;
    renderScreens(`/play/${record.id}`);
    await screen.findByRole('list', { name: 'Conversation' });
    const lines = conversation()
      .getAllByRole('listitem')
      .map((li) => li.lastChild?.textContent);
    expect(lines).toEqual([
      ...state.history.flatMap((t) => [t.customerLine, t.text]),
      customerNow(scenario, state).line,
    ]);
    expect(screen.getByText(/Turn 3 of at most/)).toBeInTheDocument();
    expect(screen.getByText(customerNow(scenario, state).cue)).toBeInTheDocument();
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
