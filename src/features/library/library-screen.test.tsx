// @vitest-environment jsdom
// fake-indexeddb/auto gives the real sessions store a real (in-memory) IndexedDB to save to.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalogue as builtIn } from 'virtual:scenarios';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { channelWords, difficultyWords, minutesWords } from '../../components/scenario-facts';
import type { CatalogueEntry } from '../../domain/scenario/catalogue';
import { newSessionRecord, type SessionRecord } from '../../domain/session/session-record';
import { openSessionStorage } from '../../store/session-storage';
import { useSessions } from '../../store/sessions-store';
import { renderWithRouter } from '../../test-util/render';
import { LibraryScreen } from './library-screen';
import { evidenceSummary } from './scenario-card';
import { sessionDate } from './session-words';

const session = (
  id: string,
  title: string,
  updatedAt: number,
  patch: Partial<SessionRecord> = {},
): SessionRecord => ({
  ...newSessionRecord({
    id,
    scenarioId: 'passport-delay',
    scenarioTitle: title,
    mode: 'practice',
    learnerName: '',
    now: updatedAt,
  }),
  ...patch,
});

const finished = (id: string, title: string, updatedAt: number) =>
  session(id, title, updatedAt, {
    turns: 5,
    outcome: { endingId: 'agreed', kind: 'resolved', title: 'Way forward agreed' },
  });

// Typed here: the virtual module's declaration does not yet carry its element types (see report).
const catalogue: CatalogueEntry[] = builtIn;
const store = () => useSessions.getState();
const saved = async () =>
  ((await (await openSessionStorage()).list()) as SessionRecord[]).map((r) => r.id);

beforeAll(async () => {
  await store().init();
});

beforeEach(async () => {
  for (const s of store().sessions) await store().remove(s.id);
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
    await store().save(session('fresh', 'Passport delayed', 3_000));
    await store().save(
      session('halfway', 'Benefit sanction call', 2_000, { turns: 3, mode: 'assessment' }),
    );
    const done = finished('done', 'Border queue', 1_000);
    await store().save(done);
    renderWithRouter(<LibraryScreen />);

    const continuing = screen.getByRole('region', { name: 'Continue where you left off' });
    const past = screen.getByRole('region', { name: 'Past sessions' });
    expect(
      continuing.compareDocumentPosition(past) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    const links = within(continuing).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Continue Passport delayed',
      'Continue Benefit sanction call',
    ]);
    expect(
      within(continuing).getByRole('link', { name: 'Continue Passport delayed' }),
    ).toHaveAttribute('href', '#/play/fresh');
    expect(within(continuing).getByText('Not started yet')).toBeInTheDocument();
    expect(within(continuing).getByText('3 turns')).toBeInTheDocument();
    expect(within(continuing).getByText('Assessment')).toBeInTheDocument();

    expect(within(past).getByText(/Way forward agreed/)).toHaveTextContent(
      'Way forward agreed (Resolved)',
    );
    expect(
      within(past).getByRole('link', {
        name: `Open the debrief for Border queue, ${sessionDate(done)}`,
      }),
    ).toHaveAttribute('href', '#/debrief/done');
    expect(within(past).queryByText(/Passport delayed/)).not.toBeInTheDocument();
  });

  it('asks before deleting: "Keep it" (or Escape) keeps the session, "Delete" removes it from the store and storage', async () => {
    const user = userEvent.setup();
    const done = finished('done', 'Border queue', 1_000);
    await store().save(done);
    renderWithRouter(<LibraryScreen />);
    const deleteButton = screen.getByRole('button', {
      name: `Delete the session Border queue, ${sessionDate(done)}`,
    });

    await user.click(deleteButton);
    let dialog = screen.getByRole('dialog', { name: 'Delete this session?' });
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(deleteButton).toHaveFocus();
    expect(store().sessions.map((s) => s.id)).toEqual(['done']);

    await user.click(deleteButton);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store().sessions.map((s) => s.id)).toEqual(['done']);

    await user.click(deleteButton);
    dialog = screen.getByRole('dialog', { name: 'Delete this session?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(store().sessions).toEqual([]);
    expect(await saved()).toEqual([]);
    expect(
      screen.getByText('No past sessions yet — your finished conversations will appear here.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Past sessions' })).toHaveFocus();
  });

  it('can delete an unfinished session too, then puts focus on the page title once that list has gone', async () => {
    const user = userEvent.setup();
    const open = session('open', 'Passport delayed', 1_000);
    await store().save(open);
    renderWithRouter(<LibraryScreen />);
    await user.click(
      screen.getByRole('button', {
        name: `Delete the session Passport delayed, ${sessionDate(open)}`,
      }),
    );
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'Continue where you left off' }),
      ).not.toBeInTheDocument(),
    );
    expect(store().sessions).toEqual([]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});
