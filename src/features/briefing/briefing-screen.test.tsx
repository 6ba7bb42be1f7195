// @vitest-environment jsdom
// fake-indexeddb/auto gives the real sessions store a real (in-memory) IndexedDB to save to.
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalogue, loadScenarioById } from 'virtual:scenarios';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runtime } from '../../app/runtime';
import type { CatalogueEntry } from '../../domain/scenario/catalogue';
import type { Scenario } from '../../domain/scenario/schema';
import { ENGINE_VERSION, LOG_FORMAT, LOG_KIND } from '../../domain/session/log-types';
import { useSessions } from '../../store/sessions-store';
import { inStorage } from '../../test-util/log-storage-kit';
import { renderWithRouter } from '../../test-util/render';
import BriefingScreen from './briefing-screen';

const store = () => useSessions.getState();
const entry: CatalogueEntry = catalogue[0]!;

beforeAll(async () => {
  await store().init();
});

beforeEach(async () => {
  for (const s of store().sessions) await store().remove(s.log.header.sessionId);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const renderBriefing = async (id = entry.id) => {
  renderWithRouter(<BriefingScreen scenarioId={id} />, { path: `/briefing/${id}` });
  return screen.findByRole('heading', { level: 1 });
};

describe('the briefing', () => {
  it('tells the learner their role, the situation, their limits, when to step back and how they are assessed', async () => {
    const scenario: Scenario = await loadScenarioById(entry.id);
    expect(await renderBriefing()).toHaveTextContent(scenario.title);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    const section = (name: string) => within(screen.getByRole('region', { name }));
    expect(section('Your role').getByText(scenario.role)).toBeInTheDocument();
    expect(section('The situation').getByText(scenario.situation)).toBeInTheDocument();
    const limits = section('What you can and cannot offer');
    for (const item of [...scenario.policy.mayOffer, ...scenario.policy.mayNotOffer])
      expect(limits.getByText(item)).toBeInTheDocument();
    expect(
      section('When to step back').getByText(scenario.policy.tolerance.behaviour),
    ).toBeInTheDocument();
    const assessed = section('How this session is assessed');
    for (const f of entry.frameworks) {
      expect(assessed.getAllByText(f.qualification).length).toBeGreaterThan(0);
      expect(assessed.getAllByText(f.unit).length).toBeGreaterThan(0);
    }
    expect(assessed.getByText(/no replay/)).toBeInTheDocument();
    for (const note of scenario.contentNotes)
      expect(section('Content notes').getByText(note)).toBeInTheDocument();
  });

  it('offers an optional name and a mode, practice by default', async () => {
    await renderBriefing();
    expect(screen.getByRole('textbox', { name: 'Your name (optional)' })).toHaveValue('');
    const mode = screen.getByRole('group', { name: 'Mode' });
    expect(within(mode).getByRole('radio', { name: 'Practice' })).toBeChecked();
    expect(within(mode).getByRole('radio', { name: 'Assessment' })).not.toBeChecked();
    expect(within(mode).getByRole('radio', { name: 'Assessment' })).toHaveAccessibleDescription(
      /No meter and no hints/,
    );
  });

  it('starts the conversation: stores a new, empty log with the chosen mode and trimmed name, then opens it', async () => {
    vi.spyOn(runtime, 'newId').mockReturnValue('session-1');
    vi.spyOn(runtime, 'now').mockReturnValue(1_700_000_000_000);
    vi.spyOn(runtime, 'timeZone').mockReturnValue('Europe/London');
    const user = userEvent.setup();
    await renderBriefing();

    await user.type(
      screen.getByRole('textbox', { name: 'Your name (optional)' }),
      '  Alex Morgan  ',
    );
    await user.click(screen.getByRole('radio', { name: 'Assessment' }));
    await user.click(screen.getByRole('button', { name: 'Start the conversation' }));

    await waitFor(() => expect(window.location.hash).toBe('#/play/session-1'));
    const expected = {
      log: {
        header: {
          kind: LOG_KIND,
          format: LOG_FORMAT,
          appVersion: runtime.appVersion,
          engineVersion: ENGINE_VERSION,
          sessionId: 'session-1',
          // The version played now, so the session is always traced against it.
          scenario: { id: entry.id, title: entry.title, hash: entry.hash },
          mode: 'assessment',
          learnerName: 'Alex Morgan',
          attempt: 1,
          startedAt: 1_700_000_000_000,
          timeZone: 'Europe/London',
          optionSeed: 'session-1',
          branchedFrom: null,
        },
        entries: [],
      },
      summary: { turns: 0, outcome: null, updatedAt: 1_700_000_000_000 },
    };
    expect(store().sessions).toEqual([expected]);
    expect(await inStorage('session-1')).toEqual(expected);
  });

  it('starts in practice mode when the learner changes nothing, and numbers each attempt at a scenario', async () => {
    vi.spyOn(runtime, 'newId').mockReturnValueOnce('session-2').mockReturnValueOnce('session-3');
    const user = userEvent.setup();
    await renderBriefing();
    await user.click(screen.getByRole('button', { name: 'Start the conversation' }));
    await waitFor(() => expect(window.location.hash).toBe('#/play/session-2'));
    expect(store().sessions[0]!.log.header).toMatchObject({
      mode: 'practice',
      learnerName: '',
      attempt: 1,
    });
    // Back to the briefing for another go: the second attempt at this scenario.
    cleanup();
    await renderBriefing();
    await user.click(screen.getByRole('button', { name: 'Start the conversation' }));
    await waitFor(() => expect(window.location.hash).toBe('#/play/session-3'));
    expect(store().sessions.map((s) => [s.log.header.sessionId, s.log.header.attempt])).toEqual([
      ['session-3', 2],
      ['session-2', 1],
    ]);
  });

  it('says plainly when the scenario does not exist, with a way back to the library', async () => {
    expect(await renderBriefing('no-such-scenario')).toHaveTextContent('Scenario not found');
    expect(screen.getByText(/no scenario called “no-such-scenario”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the scenario library' })).toHaveAttribute(
      'href',
      '#/',
    );
    expect(
      screen.queryByRole('button', { name: 'Start the conversation' }),
    ).not.toBeInTheDocument();
  });
});
