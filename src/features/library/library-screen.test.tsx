// @vitest-environment jsdom
// The library lists the stored session logs (what to continue, what is finished and how it ended,
// from each log's summary) and deletes one only after asking. Real store, real (fake) IndexedDB.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalogue, loadScenarioById } from 'virtual:scenarios';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { channelWords, difficultyWords, minutesWords } from '../../components/scenario-facts';
import { ENDING_KIND_LABEL } from '../../domain/escalation/ending-kinds';
import type { SessionEvent } from '../../domain/session/events';
import { replay } from '../../domain/session/replay';
import { useSessions } from '../../store/sessions-store';
import { inStorage } from '../../test-util/log-storage-kit';
import { renderWithRouter } from '../../test-util/render';
import { respond, withdraw } from '../../test-util/sessions';
import { seedSession } from '../play/test-screens';
import { LibraryScreen } from './library-screen';
import { evidenceSummary } from './scenario-card';
import { sessionDate } from './session-words';

const store = () => useSessions.getState();
const titleOf = (id: string) => catalogue.find((c) => c.id === id)!.title;

/** `turns` turns of a scenario that do not end the conversation, one a second from `start`. */
async function unfinishedTurns(scenarioId: string, turns: number, start: number) {
  const scenario = await loadScenarioById(scenarioId);
  const events: SessionEvent[] = [];
  for (let i = 1; i <= turns; i++) {
    const state = replay(scenario, events);
    const stay = scenario.beats[state.beatId]!.responses.find(
      (r) => !replay(scenario, [...events, respond(r.id)]).ending,
    )!;
    events.push(respond(stay.id, start + i * 1_000));
  }
  return events;
}

/** A finished session: the learner stepped back at `at`. */
const finished = (scenarioId: string, at: number) =>
  seedSession('practice', [withdraw(at)], '', { scenarioId, startedAt: at - 100 });

beforeAll(async () => {
  await store().init();
});

beforeEach(async () => {
  for (const s of store().sessions) await store().remove(s.log.header.sessionId);
});

describe('the library', () => {
  it('shows one card per built-in scenario with its facts and a link to its briefing', () => {
    renderWithRouter(<LibraryScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Scenario library' })).toBeInTheDocument();
    expect(catalogue.length).toBeGreaterThan(0);
    expect(screen.getAllByRole('article')).toHaveLength(catalogue.length);
    for (const entry of catalogue) {
      const card = screen.getByRole('article', { name: entry.title });
      const inCard = within(card);
      expect(inCard.getByRole('heading', { level: 3, name: entry.title })).toBeInTheDocument();
      expect(inCard.getByText(entry.summary)).toBeInTheDocument();
      expect(inCard.getByText(entry.setting)).toBeInTheDocument();
      expect(inCard.getByText(channelWords[entry.channel])).toBeInTheDocument();
      expect(inCard.getByText(difficultyWords[entry.difficulty])).toBeInTheDocument();
      expect(inCard.getByText(minutesWords(entry.minutes))).toBeInTheDocument();
      if (entry.frameworks.length > 0)
        expect(inCard.getByText(evidenceSummary(entry.frameworks))).toBeInTheDocument();
      for (const f of entry.frameworks) {
        expect(inCard.getAllByText(f.qualification).length).toBeGreaterThan(0);
        expect(inCard.getAllByText(f.unit).length).toBeGreaterThan(0);
      }
      expect(
        inCard.getByRole('link', { name: `Read the briefing for ${entry.title}` }),
      ).toHaveAttribute('href', `#/briefing/${entry.id}`);
    }
    expect(screen.getByRole('status')).toHaveTextContent(
      `Showing ${catalogue.length} of ${catalogue.length} scenarios`,
    );
  });

  it('says so plainly when there are no sessions yet, and has nothing to continue', () => {
    renderWithRouter(<LibraryScreen />);
    expect(
      screen.getByText('No past sessions yet — your finished conversations will appear here.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Continue where you left off' }),
    ).not.toBeInTheDocument();
  });

  it('lists unfinished sessions under "Continue where you left off", before past sessions with their outcome', async () => {
    const fresh = await seedSession('practice', [], '', {
      scenarioId: 'passport-delay',
      startedAt: 9_000,
    });
    const halfway = await seedSession(
      'assessment',
      await unfinishedTurns('benefit-stopped', 3, 1_000),
      'Alex',
      { scenarioId: 'benefit-stopped', startedAt: 1_000 },
    );
    const done = await finished('border-queue', 500);
    renderWithRouter(<LibraryScreen />);

    const continuing = screen.getByRole('region', { name: 'Continue where you left off' });
    const past = screen.getByRole('region', { name: 'Past sessions' });
    expect(
      continuing.compareDocumentPosition(past) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    // Most recently played first.
    const links = within(continuing).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      `Continue ${titleOf('passport-delay')}`,
      `Continue ${titleOf('benefit-stopped')}`,
    ]);
    expect(links[0]).toHaveAttribute('href', `#/play/${fresh.id}`);
    expect(links[1]).toHaveAttribute('href', `#/play/${halfway.id}`);
    expect(within(continuing).getByText('Not started yet')).toBeInTheDocument();
    expect(within(continuing).getByText('3 turns')).toBeInTheDocument();
    expect(within(continuing).getByText('Assessment')).toBeInTheDocument();
    expect(within(continuing).getByText('As Alex')).toBeInTheDocument();

    const ending = done.outcome!;
    expect(ending).toMatchObject({ kind: 'withdrew-safely' });
    expect(within(past).getByText(new RegExp(ending.title))).toHaveTextContent(
      `${ending.title} (${ENDING_KIND_LABEL['withdrew-safely']})`,
    );
    expect(within(past).getByText('1 turn')).toBeInTheDocument();
    expect(
      within(past).getByRole('link', {
        name: `Open the debrief for ${titleOf('border-queue')}, ${sessionDate(done)}`,
      }),
    ).toHaveAttribute('href', `#/debrief/${done.id}`);
    expect(within(past).queryByText(titleOf('passport-delay'))).not.toBeInTheDocument();
  });

  it('asks before deleting: "Keep it" (or Escape) keeps the session, "Delete" removes its log from the store and storage', async () => {
    const user = userEvent.setup();
    const done = await finished('border-queue', 1_000);
    const title = titleOf('border-queue');
    renderWithRouter(<LibraryScreen />);
    const deleteButton = screen.getByRole('button', {
      name: `Delete the session ${title}, ${sessionDate(done)}`,
    });
    const ids = () => store().sessions.map((s) => s.log.header.sessionId);

    await user.click(deleteButton);
    let dialog = screen.getByRole('dialog', { name: 'Delete this session?' });
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(deleteButton).toHaveFocus();
    expect(ids()).toEqual([done.id]);

    await user.click(deleteButton);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(ids()).toEqual([done.id]);
    expect((await inStorage(done.id))?.log).toEqual(done.log);

    await user.click(deleteButton);
    dialog = screen.getByRole('dialog', { name: 'Delete this session?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(store().sessions).toEqual([]);
    expect(await inStorage(done.id)).toBeNull();
    expect(
      screen.getByText('No past sessions yet — your finished conversations will appear here.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Past sessions' })).toHaveFocus();
  });

  it('can delete an unfinished session too, then puts focus on the page title once that list has gone', async () => {
    const user = userEvent.setup();
    const open = await seedSession('practice', [], '', { startedAt: 1_000 });
    renderWithRouter(<LibraryScreen />);
    await user.click(
      screen.getByRole('button', {
        name: `Delete the session ${titleOf('passport-delay')}, ${sessionDate(open)}`,
      }),
    );
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'Continue where you left off' }),
      ).not.toBeInTheDocument(),
    );
    expect(store().sessions).toEqual([]);
    expect(await inStorage(open.id)).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});
