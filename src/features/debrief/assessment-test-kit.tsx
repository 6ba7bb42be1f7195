// Test helpers for the debrief's assessment sections: a finished session of the test scenario played
// well or badly, saved in the real store and opened at its debrief, and what the domain expects.
import { screen } from '@testing-library/react';
import { frameworks } from 'virtual:frameworks';
import { loadScenarioById } from 'virtual:scenarios';
import { draftReflection } from '../../domain/reflection/draft-reflection';
import { toPlainText } from '../../domain/reflection/plain-text';
import type { Scenario } from '../../domain/scenario/schema';
import type { Framework } from '../../domain/scoring/framework-schema';
import { scoreSession } from '../../domain/scoring/score-session';
import type { SessionRecord } from '../../domain/session/session-record';
import { useSessions } from '../../store/sessions-store';
import { bestSession, session, worstSession } from '../../test-util/sessions';
import { renderScreens, SCENARIO_ID, seedSession } from '../play/test-screens';

export type Play = 'best' | 'worst';

export const framework = (id: string): Framework => frameworks.find((f) => f.id === id)!;

/** The scenario's units, in its order. */
export const unitsOf = (scenario: Scenario): Framework[] => scenario.frameworks.map(framework);

export const assess = (scenario: Scenario, record: SessionRecord, f: Framework) =>
  scoreSession(scenario, record.events, f, { startedAt: record.startedAt });

/** The draft the debrief should generate for this unit. */
export const expectedDraft = (scenario: Scenario, record: SessionRecord, f: Framework) =>
  toPlainText(draftReflection(assess(scenario, record, f), scenario));

/** Seeds a finished session played well (`best`) or badly (`worst`) and opens its debrief. */
export async function openAssessedDebrief(play: Play, learnerName = '') {
  const scenario = await loadScenarioById(SCENARIO_ID);
  const ids = play === 'best' ? bestSession(scenario) : worstSession(scenario);
  let record = await seedSession('assessment', session(ids, { start: 1, step: 5_000 }));
  if (learnerName) {
    record = { ...record, learnerName };
    await useSessions.getState().save(record);
  }
  const view = renderScreens(`/debrief/${record.id}`);
  await screen.findByRole('heading', { level: 1, name: `Debrief: ${scenario.title}` });
  return { scenario, record, view };
}
