// @vitest-environment jsdom
// A session is always shown as it was played: traced against the scenario version its log names,
// with a note when that is an earlier version than the one shipped now. Starting again starts on
// the current version.
//
// This build ships one version of each scenario, so this file mocks 'virtual:scenarios' to know
// one earlier version of the test scenario (the real module in every other respect): the current
// data with a different opening line and first response, under a hash of its own.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalogue, knownVersionHashes, loadScenarioVersion } from 'virtual:scenarios';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { customerNow, initialState } from '../../domain/escalation/engine';
import type { Scenario } from '../../domain/scenario/schema';
import { useSessions } from '../../store/sessions-store';
import { respond, withdraw } from '../../test-util/sessions';
import {
  currentVersion,
  renderScreens,
  SCENARIO_ID,
  seedSession,
  stored,
  storedTrace,
} from '../play/test-screens';

const earlier = vi.hoisted(() => ({
  hash: 'e'.repeat(64),
  /** The earlier version: what the customer first said and the first response were worded so. */
  edit(scenario: Scenario): Scenario {
    const s = structuredClone(scenario);
    const start = s.beats[s.flow.start]!;
    for (const mood of Object.keys(start.customer) as (keyof typeof start.customer)[])
      start.customer[mood]!.line = `Earlier wording: ${start.customer[mood]!.line}`;
    start.responses[0]!.text = 'Earlier wording of the first response.';
    return s;
  },
}));

vi.mock('virtual:scenarios', async (importOriginal) => {
  const real = await importOriginal<typeof import('virtual:scenarios')>();
  const id = 'passport-delay';
  return {
    ...real,
    knownVersionHashes: {
      ...real.knownVersionHashes,
      [id]: [...(real.knownVersionHashes[id] ?? []), earlier.hash],
    },
    loadScenarioVersion: async (scenarioId: string, hash: string) =>
      scenarioId === id && hash === earlier.hash
        ? earlier.edit(await real.loadScenarioById(id))
        : real.loadScenarioVersion(scenarioId, hash),
  };
});

let current: Scenario;
let old: Scenario;

beforeAll(async () => {
  await useSessions.getState().init();
  ({ scenario: current } = await currentVersion());
  old = (await loadScenarioVersion(SCENARIO_ID, earlier.hash))!;
  expect(knownVersionHashes[SCENARIO_ID]).toContain(earlier.hash);
});

const firstLine = (s: Scenario) => customerNow(s, initialState(s)).line;
const firstResponse = (s: Scenario) => s.beats[s.flow.start]!.responses[0]!;

describe('a session played on an earlier version of its scenario', () => {
  it('has a debrief that says so and shows its own transcript, not today’s wording', async () => {
    const record = await seedSession(
      'practice',
      [respond(firstResponse(old).id, 10), withdraw(20)],
      '',
      { version: { scenario: old, hash: earlier.hash } },
    );
    renderScreens(`/debrief/${record.id}`);
    await screen.findByRole('heading', { level: 1, name: `Debrief: ${old.title}` });
    expect(
      screen.getByText(/^Played on an earlier version of this scenario \(version eeeeeeeeeeee\)/),
    ).toBeVisible();
    const turn1 = within(document.getElementById('turn-1')!);
    expect(turn1.getByText('“Earlier wording of the first response.”')).toBeInTheDocument();
    expect(turn1.queryByText(`“${firstResponse(current).text}”`)).toBeNull();
    expect(storedTrace(record.id)!.discrepancies).toEqual([]);
    expect(document.getElementById('turn-1')).toHaveTextContent(`“${firstLine(old)}”`);
  });

  it('is played on, when unfinished, in the version it was started on', async () => {
    const record = await seedSession('practice', [], '', {
      version: { scenario: old, hash: earlier.hash },
    });
    renderScreens(`/play/${record.id}`);
    const talk = within(await screen.findByRole('list', { name: 'Conversation' }));
    expect(talk.getByText(firstLine(old))).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Earlier wording of the first response.' }),
    ).toBeInTheDocument();
  });

  it('starts “Try again” on the current version', async () => {
    const user = userEvent.setup();
    const record = await seedSession('assessment', [withdraw(10)], '', {
      version: { scenario: old, hash: earlier.hash },
    });
    renderScreens(`/debrief/${record.id}`);
    await screen.findByRole('heading', { level: 1, name: `Debrief: ${old.title}` });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/play\//));
    const fresh = stored(window.location.hash.slice('#/play/'.length))!;
    expect(fresh.scenarioHash).toBe(catalogue.find((c) => c.id === SCENARIO_ID)!.hash);
    expect(fresh.attempt).toBe(record.attempt + 1);
    const talk = within(await screen.findByRole('list', { name: 'Conversation' }));
    expect(talk.getByText(firstLine(current))).toBeInTheDocument();
    expect(screen.queryByText(/^Played on an earlier version/)).toBeNull();
  });
});
