// @vitest-environment jsdom
// fake-indexeddb/auto gives the real sessions store a real (in-memory) IndexedDB to save to.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadScenarioById } from 'virtual:scenarios';
import { beforeAll, describe, expect, it } from 'vitest';
import { bestAlternative } from '../../domain/escalation/alternatives';
import { ENDING_KIND_LABEL } from '../../domain/escalation/ending-kinds';
import { initialState } from '../../domain/escalation/engine';
import { MOOD_LABEL } from '../../domain/escalation/mood';
import { TECHNIQUE_INFO } from '../../domain/escalation/techniques';
import type { Scenario } from '../../domain/scenario/schema';
import type { SessionEvent } from '../../domain/session/events';
import { replay } from '../../domain/session/replay';
import { useSessions } from '../../store/sessions-store';
import { respond, withdraw } from '../../test-util/sessions';
import { renderScreens, SCENARIO_ID, seedSession, stored } from '../play/test-screens';

let scenario: Scenario;
/** Turn 1: the best response; turn 2: one that is not the best and does not end it; turn 3: step back. */
let events: SessionEvent[];

beforeAll(async () => {
  await useSessions.getState().init();
  scenario = await loadScenarioById(SCENARIO_ID);
  const best = bestAlternative(scenario, initialState(scenario))!;
  const afterFirst = replay(scenario, [respond(best.response.id)]);
  const notBest = scenario.beats[afterFirst.beatId]!.responses.find((r) => {
    const state = replay(scenario, [respond(best.response.id), respond(r.id)]);
    return r.id !== bestAlternative(scenario, afterFirst)!.response.id && !state.ending;
  })!;
  events = [respond(best.response.id, 10), respond(notBest.id, 20), withdraw(30)];
});

const openDebrief = async (mode: 'practice' | 'assessment') => {
  const record = await seedSession(mode, events);
  renderScreens(`/debrief/${record.id}`);
  const heading = await screen.findByRole('heading', {
    level: 1,
    name: `Debrief: ${scenario.title}`,
  });
  return { record, heading };
};

describe('the debrief', () => {
  it('shows the ending, what happened next, and focuses its heading', async () => {
    const { heading } = await openDebrief('practice');
    const ending = scenario.endings[scenario.flow.safetyEnding]!;
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('heading', { level: 2, name: ending.title })).toBeInTheDocument();
    expect(screen.getByText(ENDING_KIND_LABEL['withdrew-safely'])).toBeInTheDocument();
    expect(screen.getByText(ending.text)).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Tension across the conversation' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Tension by turn' })).toBeInTheDocument();
  });

  it('lists each turn with its techniques, effect, feedback and the best response available', async () => {
    await openDebrief('practice');
    const final = replay(scenario, events);
    for (const turn of final.history) {
      const item = document.getElementById(`turn-${turn.turn}`)!;
      const inTurn = within(item);
      expect(
        inTurn.getByRole('heading', { level: 3, name: new RegExp(`^Turn ${turn.turn}`) }),
      ).toBeInTheDocument();
      expect(inTurn.getByText(`“${turn.text}”`)).toBeInTheDocument();
      for (const t of turn.effect.techniques)
        expect(inTurn.getAllByText(TECHNIQUE_INFO[t].label).length).toBeGreaterThan(0);
      expect(
        inTurn.getByText(new RegExp(`Tension ${turn.tensionBefore} → ${turn.tensionAfter}`)),
      ).toBeInTheDocument();
      expect(
        inTurn.getByText(
          new RegExp(`Mood ${MOOD_LABEL[turn.moodBefore]} → ${MOOD_LABEL[turn.moodAfter]}`),
        ),
      ).toBeInTheDocument();
      expect(
        inTurn.getByRole('heading', { level: 4, name: 'Best response available' }),
      ).toBeInTheDocument();
    }
    expect(
      within(document.getElementById('turn-1')!).getByText(
        'You chose the best response available.',
      ),
    ).toBeInTheDocument();
    const second = within(document.getElementById('turn-2')!);
    const best = bestAlternative(scenario, replay(scenario, events.slice(0, 1)))!;
    expect(second.getByText(`“${best.response.text}”`)).toBeInTheDocument();
    expect(
      second.getByText(new RegExp(`from ${best.turn.tensionBefore} to ${best.turn.tensionAfter}`)),
    ).toBeInTheDocument();
    const feedback = scenario.beats[final.history[1]!.beatId]!.responses.find(
      (r) => r.id === final.history[1]!.responseId,
    )!.feedback;
    expect(second.getByText(feedback.why)).toBeInTheDocument();
  });

  it('replays from turn N into a new session with N − 1 turns, leaving the original untouched', async () => {
    const user = userEvent.setup();
    const { record } = await openDebrief('practice');
    await user.click(screen.getByRole('button', { name: 'Replay from turn 2' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/play\/(.+)$/));
    const newId = window.location.hash.slice('#/play/'.length);
    expect(newId).not.toBe(record.id);
    expect(stored(newId)).toMatchObject({
      events: events.slice(0, 1),
      turns: 1,
      outcome: null,
      branchedFrom: { sessionId: record.id, turn: 1 },
    });
    // The original keeps its events; opening the debrief only added the reflective-account draft.
    expect(stored(record.id)).toEqual({
      ...record,
      reflection: expect.objectContaining({ declaration: null }),
    });
    expect(await screen.findByRole('group', { name: 'Your response' })).toBeInTheDocument();
  });

  it('offers “Try again” as a fresh session in the same mode; no replay in assessment mode', async () => {
    const user = userEvent.setup();
    const { record } = await openDebrief('assessment');
    expect(screen.queryByRole('button', { name: /^Replay from turn/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/play\//));
    const newId = window.location.hash.slice('#/play/'.length);
    expect(stored(newId)).toMatchObject({
      scenarioId: record.scenarioId,
      mode: 'assessment',
      events: [],
      outcome: null,
    });
  });
});

describe('past the tolerance limit', () => {
  /** A session that carries on talking after behaviour crossed the limit (found by the engine). */
  function pastTheLimit(): SessionEvent[] | undefined {
    const limit = scenario.policy.tolerance.tension;
    const search = (evs: SessionEvent[]): SessionEvent[] | undefined => {
      const state = replay(scenario, evs);
      if (state.ending || evs.length > 6) return undefined;
      if (state.tension >= limit) {
        const stay = scenario.beats[state.beatId]!.responses.find(
          (r) => !replay(scenario, [...evs, respond(r.id)]).ending,
        );
        return stay ? [...evs, respond(stay.id), withdraw()] : undefined;
      }
      for (const r of scenario.beats[state.beatId]!.responses) {
        const found = search([...evs, respond(r.id)]);
        if (found) return found;
      }
      return undefined;
    };
    return search([]);
  }

  it('tells the learner that stepping back was the safe choice when they carried on', async () => {
    const session = pastTheLimit();
    expect(session, 'a path that crosses the limit and carries on').toBeDefined();
    const record = await seedSession('practice', session!);
    renderScreens(`/debrief/${record.id}`);
    await screen.findByRole('heading', { level: 1, name: `Debrief: ${scenario.title}` });
    const carriedOn = session!.length - 1;
    const item = document.getElementById(`turn-${carriedOn}`)!;
    expect(within(item).getByText(/reached the office’s limit here/)).toBeInTheDocument();
    const earlier = document.getElementById('turn-1')!;
    expect(within(earlier).queryByText(/reached the office’s limit here/)).toBeNull();
  });
});
