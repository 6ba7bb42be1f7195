/**
 * A decision on the export fixture's log (BTEC Unit 7, assessment mode), for tests of the decision
 * draft, its checks, storage and exports: a complete draft (every criterion met with a comment
 * saying where) and the record it makes. Node only, like export-fixture.
 */
import { decisionRecord, emptyDraft, type DecisionDraft } from '../domain/assessor/decision-draft';
import type { DecisionRecord } from '../domain/assessor/decision-types';
import { exportedFixture } from './assess-files';
import type { FixtureOptions } from './export-fixture';

export const DECIDED_AT = Date.UTC(2026, 5, 3, 14, 30, 0);

/** Every criterion met (with where), achieved, by a named assessor who has declared. */
export function completeDraft(
  criteria: readonly { code: string }[],
  over: Partial<DecisionDraft> = {},
): DecisionDraft {
  return {
    criteria: Object.fromEntries(
      criteria.map((c) => [c.code, { decision: 'met', comment: `Met at turn 1 for ${c.code}.` }]),
    ),
    overall: 'achieved',
    overallComment: 'Every criterion is met by the simulation and the professional discussion.',
    assessorName: 'Priya Assessor',
    assessorRole: 'Assessor',
    declared: true,
    ...over,
  };
}

export async function decisionFixture(o: FixtureOptions = {}) {
  const exported = await exportedFixture(o);
  const { assessment } = exported.fixture;
  const draft = completeDraft(assessment.criteria);
  const context = { log: exported.log, assessment, decidedAt: DECIDED_AT, appVersion: '0.1.0' };
  const record: DecisionRecord = decisionRecord(draft, context);
  return { ...exported, assessment, draft, context, record, empty: emptyDraft(assessment) };
}
