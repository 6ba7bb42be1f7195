// What stops a decision being recorded, and the record a complete one becomes: every criterion
// decided, "met" saying how, "Achieved" only with every criterion met, no coaching, the assessor's
// name, role and declaration; never for a practice session.
import { beforeAll, describe, expect, it } from 'vitest';
import { exportedFixture } from '../../test-util/assess-files';
import { completeDraft, decisionFixture, DECIDED_AT } from '../../test-util/decision-fixture';
import { coachingPhrase } from './coaching';
import { decisionProblems } from './decision-check';
import { decisionRecord, draftFromRecord, draftProblems } from './decision-draft';
import { ASSESSOR_DECLARATION } from './decision-types';

let f: Awaited<ReturnType<typeof decisionFixture>>;
beforeAll(async () => {
  f = await decisionFixture();
});

const messages = (draft: Parameters<typeof draftProblems>[0]) =>
  draftProblems(draft, f.assessment).map((p) => p.message);

describe('draftProblems', () => {
  it('lists every missing decision and field of an empty form, in form order, each with its field', () => {
    const problems = draftProblems(f.empty, f.assessment);
    const codes = f.assessment.criteria.map((c) => c.code);
    expect(problems.map((p) => p.message)).toEqual([
      ...codes.map((c) => `Choose met or not yet met for ${c}.`),
      'Choose the overall decision.',
      'Enter your name as the assessor.',
      'Enter your role (for example, assessor or internal verifier).',
      'Tick the assessor’s declaration to record the decision.',
    ]);
    expect(problems[0]).toMatchObject({ field: 'criterion-decision', code: codes[0] });
    expect(problems.at(-1)).toMatchObject({ field: 'declared' });
  });

  it('accepts a complete decision', () => {
    expect(messages(f.draft)).toEqual([]);
  });

  it('asks how a met criterion was met; a not-yet-met one may go without a comment', () => {
    const [first, second] = f.assessment.criteria;
    const draft = completeDraft(f.assessment.criteria, { overall: 'not-yet-achieved' });
    draft.criteria[first!.code] = { decision: 'met', comment: '   ' };
    draft.criteria[second!.code] = { decision: 'not-yet-met', comment: '' };
    expect(messages(draft)).toEqual([
      `Say how ${first!.code} was met: which turns, or what other evidence.`,
    ]);
  });

  it('refuses “Achieved” while any criterion is not yet met, naming them', () => {
    const codes = f.assessment.criteria.map((c) => c.code);
    const draft = completeDraft(f.assessment.criteria);
    draft.criteria[codes[2]!] = { decision: 'not-yet-met', comment: 'Not shown in the session.' };
    draft.criteria[codes[4]!] = { decision: 'not-yet-met', comment: '' };
    expect(messages(draft)).toEqual([
      `“Achieved” needs every criterion met; not met yet: ${codes[2]}, ${codes[4]}.`,
    ]);
  });

  it('refuses wording that coaches the learner, in a criterion or overall', () => {
    const code = f.assessment.criteria[0]!.code;
    const draft = completeDraft(f.assessment.criteria, {
      overallComment: 'Next time, acknowledge her feelings first.',
    });
    draft.criteria[code] = { decision: 'met', comment: 'Met, but you should try to listen more.' };
    expect(messages(draft)).toEqual([
      `The comment on ${code} reads as advice on improving the evidence (“should”): say how the criterion was or was not met, without coaching the learner.`,
      'The overall comment reads as advice on improving the evidence (“Next time”): say how the criterion was or was not met, without coaching the learner.',
    ]);
  });
});

describe('coachingPhrase', () => {
  it.each([
    ['Next time acknowledge the feelings first.', 'Next time'],
    ['To improve, try to summarise.', 'improve'],
    ['The learner could have apologised.', 'could have'],
    ['It would be better to ask open questions.', 'would be better'],
    ['Consider offering an alternative.', 'Consider'],
    ['Work on your tone.', 'Work on'],
  ])('finds coaching in “%s”', (text, phrase) => {
    expect(coachingPhrase(text)).toBe(phrase);
  });

  it.each([
    'Met at turns 2 and 4: the learner acknowledged the customer’s worry before explaining the delay.',
    'Not yet met: the session gave no occasion to refer the customer, and no other evidence is held.',
    'Met: at turn 3 the learner said “you should have had a letter, and I am sorry”.',
    'Met by observation (O) at the counter on 2 June 2026.',
  ])('finds none in the factual “%s”', (text) => {
    expect(coachingPhrase(text)).toBeNull();
  });
});

describe('decisionRecord', () => {
  it('records every criterion with the scorer’s suggestion beside the assessor’s decision', () => {
    const r = f.record;
    expect(decisionProblems(r)).toEqual([]);
    expect(r.log).toEqual({
      sealHash: f.log.seal.hash,
      sessionId: f.log.header.sessionId,
      learnerName: 'Ana Learner',
      scenario: f.log.header.scenario,
      mode: 'assessment',
      attempt: 2,
      startedAt: f.log.header.startedAt,
      timeZone: 'Europe/London',
      exportedAt: f.log.seal.exportedAt,
    });
    expect(r.unit).toEqual({
      frameworkId: 'btec-l2-unit7-conflict',
      qualification: f.assessment.unit.qualification,
      code: '7',
      title: 'Handling Customer Conflict and Challenge',
    });
    expect(r.criteria.map((c) => [c.code, c.suggested, c.decision])).toEqual(
      f.assessment.criteria.map((c) => [c.code, c.status, 'met']),
    );
    expect(r.assessor).toEqual({
      name: 'Priya Assessor',
      role: 'Assessor',
      declaration: ASSESSOR_DECLARATION,
    });
    expect(r.decidedAt).toBe(DECIDED_AT);
  });

  it('refuses a draft with problems, naming them', () => {
    expect(() => decisionRecord(f.empty, f.context)).toThrow(/Choose the overall decision\./);
  });

  it('refuses a practice session: it is not assessment evidence', async () => {
    const practice = await exportedFixture({ mode: 'practice' });
    const context = { ...f.context, log: practice.log, assessment: practice.fixture.assessment };
    expect(() => decisionRecord(f.draft, context)).toThrow(
      'a practice session is not assessment evidence: no decision can be recorded',
    );
  });

  it('gives back the draft it was made from, to change (the declaration made again)', () => {
    expect(draftFromRecord(f.record)).toEqual({ ...f.draft, declared: false });
  });
});
