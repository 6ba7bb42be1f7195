// @vitest-environment jsdom
// The debrief of a stored session log, traced against the scenario version it names; starting
// again from it (a fresh log, or a branch that replays the first turns); and the evidence files.
// fake-indexeddb/auto gives the real sessions store a real (in-memory) IndexedDB to save to.
import { isLimitCrossed } from '../../domain/escalation/limit';
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { catalogue } from 'virtual:scenarios';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runtime } from '../../app/runtime';
import { bestAlternative } from '../../domain/escalation/alternatives';
import { judgedTurn } from '../../domain/analysis/judged-turn';
import { ENDING_KIND_LABEL } from '../../domain/escalation/ending-kinds';
import { initialState } from '../../domain/escalation/engine';
import { MOOD_LABEL } from '../../domain/escalation/mood';
import { TECHNIQUE_INFO } from '../../domain/escalation/techniques';
import type { Scenario } from '../../domain/scenario/schema';
import { chainProblem, sealHash } from '../../domain/session/chain';
import type { SessionEvent } from '../../domain/session/events';
import type { ExportedLog, LogEntry } from '../../domain/session/log-types';
import { replay } from '../../domain/session/replay';
import { downloadFile } from '../../export/download';
import type { XapiStatement } from '../../export/xapi/xapi-types';
import { allXapiProblems } from '../../../tests/support/xapi-validate';
import { useSessions } from '../../store/sessions-store';
import { inStorage } from '../../test-util/log-storage-kit';
import { pathTo } from '../../test-util/path-to';
import { respond, withdraw } from '../../test-util/sessions';
import { openAllSections } from './assessment-test-kit';
import {
  currentVersion,
  renderScreens,
  SCENARIO_ID,
  seedSession,
  stored,
  storedTrace,
} from '../play/test-screens';

// The one module that hands files to the browser: the test reads what it is given.
vi.mock('../../export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../export/download')>()),
  downloadFile: vi.fn(),
}));

let scenario: Scenario;
/** Turn 1: the best response; turn 2: one that is not the best and does not end it; turn 3: step back. */
let events: SessionEvent[];

beforeAll(async () => {
  await useSessions.getState().init();
  ({ scenario } = await currentVersion());
  const best = bestAlternative(scenario, initialState(scenario))!;
  const afterFirst = replay(scenario, [respond(best.response.id)]);
  const notBest = scenario.beats[afterFirst.beatId]!.responses.find((r) => {
    const state = replay(scenario, [respond(best.response.id), respond(r.id)]);
    return r.id !== bestAlternative(scenario, afterFirst)!.response.id && !state.ending;
  })!;
  events = [respond(best.response.id, 10), respond(notBest.id, 20), withdraw(30)];
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(downloadFile).mockClear();
});

const openDebrief = async (mode: 'practice' | 'assessment', learnerName = '', open = true) => {
  const record = await seedSession(mode, events, learnerName);
  renderScreens(`/debrief/${record.id}`);
  const heading = await screen.findByRole('heading', {
    level: 1,
    name: `Debrief: ${scenario.title}`,
  });
  if (open) openAllSections(['turns']);
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
      // As the scorer judges them: stepping back before the limit is passing the customer on.
      for (const t of judgedTurn(turn).effect.techniques)
        expect(inTurn.getAllByText(TECHNIQUE_INFO[t].label).length).toBeGreaterThan(0);
      if (turn.responseId === null && !turn.limitCrossed) {
        expect(inTurn.queryByText(TECHNIQUE_INFO['safety-action'].label)).toBeNull();
        expect(inTurn.getAllByText(TECHNIQUE_INFO['passing-on'].label).length).toBeGreaterThan(0);
      }
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

  it('shows the customer’s reply after what the learner said, with its cue', async () => {
    const { scenario: benefit } = await currentVersion('benefit-stopped');
    const { events: before } = pathTo(benefit, 'not-coping');
    const played = [...before, respond('ask-and-stay', 9_000), withdraw(10_000)];
    const record = await seedSession('practice', played, '', { scenarioId: 'benefit-stopped' });
    renderScreens(`/debrief/${record.id}`);
    await screen.findByRole('heading', { level: 1, name: `Debrief: ${benefit.title}` });
    const asked = replay(benefit, played).history[before.length]!;
    const reply = asked.reply!;
    const item = within(document.getElementById(`turn-${asked.turn}`)!);
    const said = item.getByText(`“${asked.text}”`);
    const replied = item.getByText(`“${reply.line}”`);
    expect(replied).toHaveTextContent(`${benefit.customer.name} replied`);
    expect(item.getByText(reply.cue)).toBeInTheDocument();
    expect(said.compareDocumentPosition(replied) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Stepping back has no reply.
    const last = within(document.getElementById(`turn-${asked.turn + 1}`)!);
    expect(last.queryByText(/replied/)).toBeNull();
  });

  it('replays from turn N into a new practice log that branches from the original, which is left unchanged', async () => {
    const user = userEvent.setup();
    const { record } = await openDebrief('practice');
    await user.click(screen.getByRole('button', { name: 'Replay from turn 3' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/play\/(.+)$/));
    const newId = window.location.hash.slice('#/play/'.length);
    expect(newId).not.toBe(record.id);
    expect(await screen.findByRole('group', { name: 'Your response' })).toBeInTheDocument();
    expect(screen.getByText(/Turn 3 of at most/)).toBeInTheDocument();

    // The branch names the session, entry and hash it came from…
    const kept = record.log.entries.slice(0, 2);
    const branch = stored(newId)!;
    expect(branch.log.header).toMatchObject({
      mode: 'practice',
      scenario: record.log.header.scenario,
      learnerName: record.learnerName,
      branchedFrom: { sessionId: record.id, entry: kept[1]!.seq, hash: kept[1]!.hash },
    });
    // …and its own entries replay to the first N − 1 turns exactly as they were played.
    const t = storedTrace(newId)!;
    expect(t.discrepancies).toEqual([]);
    expect(t.turns.map((turn) => turn.responseId)).toEqual(
      events.slice(0, 2).map((e) => (e as { responseId: string }).responseId),
    );
    expect(t.outcome).toBeNull();
    expect(branch.turns).toBe(2);
    const body = ({ prev: _p, hash: _h, ...rest }: LogEntry) => rest;
    expect(branch.log.entries.map(body)).toEqual(kept.map(body));

    // The original still has every entry it had; opening its debrief only added the account draft.
    for (const original of [stored(record.id)!, (await inStorage(record.id))!]) {
      expect(original.log.header).toEqual(record.log.header);
      expect(original.log.entries.slice(0, record.log.entries.length)).toEqual(record.log.entries);
      const added = original.log.entries.slice(record.log.entries.length).map((e) => e.type);
      expect(added.every((type) => type === 'reflection.revise')).toBe(true);
    }
    expect(storedTrace(record.id)!.turns).toHaveLength(3);
  });

  it('offers “Try again” as a fresh log: the next attempt, same mode, the current scenario version; no replay in assessment mode', async () => {
    const user = userEvent.setup();
    const { record } = await openDebrief('assessment', 'Sam Patel');
    expect(screen.queryByRole('button', { name: /^Replay from turn/ })).toBeNull();
    vi.spyOn(runtime, 'now').mockReturnValue(1_750_000_000_000);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/play\//));
    const newId = window.location.hash.slice('#/play/'.length);
    expect(newId).not.toBe(record.id);
    const fresh = stored(newId)!;
    expect(fresh.log.header).toMatchObject({
      scenario: {
        id: SCENARIO_ID,
        title: scenario.title,
        hash: catalogue.find((c) => c.id === SCENARIO_ID)!.hash,
      },
      mode: 'assessment',
      learnerName: 'Sam Patel',
      attempt: record.attempt + 1,
      startedAt: 1_750_000_000_000,
      branchedFrom: null,
    });
    expect(fresh.log.entries).toEqual([]);
    expect(fresh.outcome).toBeNull();
    expect(await inStorage(newId)).toEqual(
      useSessions.getState().sessions.find((s) => s.log.header.sessionId === newId),
    );
    expect(await screen.findByRole('group', { name: 'Your response' })).toBeInTheDocument();
  });

  it('says plainly when the session names a scenario version this copy does not have, and leaves it untouched', async () => {
    const record = await seedSession('practice', events, '', {
      version: { scenario, hash: 'f'.repeat(64) },
    });
    renderScreens(`/debrief/${record.id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Scenario unavailable' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `This session was played on a version of “${scenario.title}” (ffffffffffff) that this copy of Defuse does not have, so it cannot be replayed here. Its record has been left untouched.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the scenario library' })).toHaveAttribute(
      'href',
      '#/',
    );
    expect(stored(record.id)!.log).toEqual(record.log);
  });
});

describe('“Keep your evidence”', () => {
  const section = () => within(screen.getByRole('region', { name: 'Keep your evidence' }));
  const downloaded = () => {
    expect(downloadFile).toHaveBeenCalledTimes(1);
    const [fileName, text, type] = vi.mocked(downloadFile).mock.calls[0]!;
    return { fileName, text, type };
  };

  it('offers the log, the turns and the printable record, and the log it downloads is sealed and verifies', async () => {
    const user = userEvent.setup();
    const { record } = await openDebrief('assessment');
    for (const name of [
      'Download the session log (JSON)',
      'Download the turns (CSV)',
      'Download the xAPI statements (JSON)',
      'Print / Save as PDF',
    ])
      expect(section().getByRole('button', { name })).toBeInTheDocument();
    expect(section().getByText(/the simulation evidence \(S\) for your assessor/)).toBeVisible();
    // The account's draft is in the log as soon as the debrief shows it.
    await waitFor(() => expect(storedTrace(record.id)!.reflection).not.toBeNull());

    await user.click(section().getByRole('button', { name: 'Download the session log (JSON)' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalled());
    const { fileName, text, type } = downloaded();
    expect(fileName).toMatch(/\.json$/);
    expect(type).toBe('application/json');
    const file = JSON.parse(text) as ExportedLog;
    // The file is the stored log itself, and its chain and seal check out.
    expect(file.header).toEqual(record.log.header);
    expect(file.entries).toEqual(stored(record.id)!.log.entries);
    expect(await chainProblem(file)).toBeUndefined();
    expect(await sealHash(file, file.seal.exportedAt)).toBe(file.seal.hash);
    // A changed value no longer matches the seal.
    const [e1, ...rest] = file.entries as [LogEntry, ...LogEntry[]];
    const changed = { ...file, entries: [{ ...e1, at: e1.at + 1 }, ...rest] };
    expect(await sealHash(changed, file.seal.exportedAt)).not.toBe(file.seal.hash);
  });

  it('downloads the turns as CSV, one row per turn', async () => {
    const user = userEvent.setup();
    await openDebrief('assessment');
    await user.click(section().getByRole('button', { name: 'Download the turns (CSV)' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalled());
    const { fileName, text, type } = downloaded();
    expect(fileName).toMatch(/\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r['Turn'])).toEqual(['1', '2', '3']);
    expect(rows.every((r) => r['Mode'] === rows[0]!['Mode'])).toBe(true);
  });

  it('downloads the xAPI statements for the unit chosen above, one answered per turn', async () => {
    const user = userEvent.setup();
    const hostile = '=HYPERLINK("http://evil.example","y") <script>alert(1)</script>';
    await openDebrief('assessment', hostile);
    // A unit other than the first, so the statements follow the learner's choice.
    openAllSections(['units']);
    await user.click(
      within(screen.getByRole('group', { name: 'Qualification unit' })).getByRole('radio', {
        name: /Handling Customer Conflict and Challenge$/,
      }),
    );
    await user.click(
      section().getByRole('button', { name: 'Download the xAPI statements (JSON)' }),
    );
    await waitFor(() => expect(downloadFile).toHaveBeenCalled());
    const { fileName, text, type } = downloaded();
    expect(fileName).toMatch(/-xapi-.*\.json$/);
    expect(type).toBe('application/json');
    const statements = JSON.parse(text) as XapiStatement[];
    expect(allXapiProblems(statements)).toEqual([]);
    expect(statements.map((s) => s.verb.id.split('/').at(-1))).toEqual([
      'initialized',
      'answered',
      'answered',
      'answered',
      'completed',
      'terminated',
    ]);
    expect(statements[0]!.actor.name).toBe(hostile);
    const grouping = statements[0]!.context.contextActivities!.grouping!;
    expect(grouping.map((a) => a.definition.name['en-GB'])).toEqual([
      'Pearson BTEC Level 2 Diploma for Customer Service Practitioners',
      'Unit 7: Handling Customer Conflict and Challenge',
    ]);
  });

  it('says a practice session is not assessment evidence', async () => {
    const user = userEvent.setup();
    await openDebrief('practice');
    expect(
      section().getByText(
        'This was a practice session: its files are marked practice and are not assessment evidence.',
      ),
    ).toBeVisible();
    expect(section().queryByText(/simulation evidence \(S\)/)).toBeNull();
    await user.click(section().getByRole('button', { name: 'Download the session log (JSON)' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalled());
    expect((JSON.parse(downloaded().text) as ExportedLog).header.mode).toBe('practice');
  });
});

describe('past the tolerance limit', () => {
  /** A session that carries on talking after behaviour crossed the limit (found by the engine). */
  function pastTheLimit(): SessionEvent[] | undefined {
    const search = (evs: SessionEvent[]): SessionEvent[] | undefined => {
      const state = replay(scenario, evs);
      if (state.ending || evs.length > 6) return undefined;
      if (isLimitCrossed(scenario, state)) {
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
