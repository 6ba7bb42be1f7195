// Test helpers for the debrief's assessment sections: a finished session of the test scenario played
// well or badly, saved in the real store and opened at its debrief, and what the domain expects of
// its log (traced once, as the debrief traces it).
import { fireEvent, screen } from '@testing-library/react';
import { frameworks } from 'virtual:frameworks';
import { analyseTrace } from '../../domain/analysis/analyse-session';
import { draftReflection } from '../../domain/reflection/draft-reflection';
import { toPlainText } from '../../domain/reflection/plain-text';
import type { Scenario } from '../../domain/scenario/schema';
import type { Framework } from '../../domain/scoring/framework-schema';
import { assess as assessAnalysis } from '../../domain/scoring/score-session';
import type { SessionRecord } from '../../store/session-view';
import { bestSession, session, worstSession } from '../../test-util/sessions';
import { currentVersion, renderScreens, seedSession, traceOf } from '../play/test-screens';

export type Play = 'best' | 'worst';

export const framework = (id: string): Framework => frameworks.find((f) => f.id === id)!;

/** The scenario's units, in its order. */
export const unitsOf = (scenario: Scenario): Framework[] => scenario.frameworks.map(framework);

/** The session's log assessed against one unit, as the debrief assesses it. */
export function assess(record: SessionRecord, f: Framework) {
  const t = traceOf(record.log);
  return assessAnalysis(t.scenario, analyseTrace(t), f);
}

/** The draft the debrief should generate for this unit. */
export const expectedDraft = (scenario: Scenario, record: SessionRecord, f: Framework) =>
  toPlainText(draftReflection(assess(record, f), scenario));

/** The debrief's sections that open on demand, by the start of their titles. */
export const SECTIONS = {
  account: 'Your reflective account and declaration',
  criteria: 'Each criterion, with its evidence',
  units: 'Choose another unit',
  turns: 'Turn by turn',
} as const;
export type SectionName = keyof typeof SECTIONS;

/** Opens these sections of the debrief (all of them by default), as a learner would. */
export function openAllSections(
  names: readonly SectionName[] = Object.keys(SECTIONS) as SectionName[],
): void {
  for (const name of names) {
    const button = [
      ...document.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]'),
    ].find((b) => b.textContent?.startsWith(SECTIONS[name]));
    if (button) fireEvent.click(button);
  }
}

/**
 * Opens the debrief of a stored session, waits for its heading and opens the sections named (the
 * reflective account unless told otherwise: these tests are about it).
 */
export async function openDebrief(
  record: SessionRecord,
  scenario: Scenario,
  { open = ['account'] }: { open?: readonly SectionName[] } = {},
) {
  const view = renderScreens(`/debrief/${record.id}`);
  await screen.findByRole('heading', { level: 1, name: `Debrief: ${scenario.title}` });
  openAllSections(open);
  return view;
}

/** Seeds a finished assessment played well (`best`) or badly (`worst`) and opens its debrief. */
export async function openAssessedDebrief(
  play: Play,
  learnerName = '',
  options: { open?: readonly SectionName[] } = {},
) {
  const { scenario } = await currentVersion();
  const ids = play === 'best' ? bestSession(scenario) : worstSession(scenario);
  const record = await seedSession(
    'assessment',
    session(ids, { start: 1, step: 5_000 }),
    learnerName,
  );
  const view = await openDebrief(record, scenario, options);
  return { scenario, record, view };
}
