// How techniques, underminers and rules combine into a status, and what each evidence reference holds.
import { describe, it, expect } from 'vitest';
import { fakeScenario } from '../../test-util/fake-scenario';
import { fakeVariants, session, WITHDRAW } from '../../test-util/sessions';
import { frameworkSchema, type Framework } from './framework-schema';
import { scoreSession } from './score-session';

type CriterionInput = Record<string, unknown> & { code: string };
const frameworkOf = (...criteria: CriterionInput[]): Framework =>
  frameworkSchema.parse({
    format: 1,
    id: 'test-unit',
    qualification: 'Test qualification',
    level: 2,
    unit: { title: 'Test unit' },
    source: 'shared/seeds/000_dece1cf2f03e508a.txt',
    criteria: criteria.map((c) => ({ text: `Criterion ${c.code}`, ...c })),
  });
const perf = (code: string, shownBy: Record<string, unknown>) => ({
  code,
  evidence: 'performance',
  simulation: true,
  shownBy,
  why: 'Because.',
});

const fake = fakeScenario();
const GOOD = ['acknowledge', 'offer', 'summarise'];
const framework = frameworkOf(
  { code: '1.1', evidence: 'knowledge' },
  { code: '1.2', evidence: 'reflection' },
  {
    code: '1.3',
    evidence: 'performance',
    simulation: false,
    why: 'Records are kept after the call.',
  },
  perf('2.1', { techniques: ['empathy'], underminedBy: ['dismissing'] }),
  perf('2.2', {
    techniques: ['agree-way-forward'],
    underminedBy: ['over-promising'],
    rule: 'way-forward-agreed',
  }),
  perf('2.3', { techniques: ['active-listening'] }),
  perf('2.4', { techniques: ['signposting'], rule: 'signposted-when-unresolvable' }),
  perf('2.5', { techniques: ['safety-action'], rule: 'safety-when-needed' }),
  perf('2.6', { underminedBy: ['quoting-rules', 'over-promising'], rule: 'calm-throughout' }),
);
const statuses = (ids: string[], scenario = fake) =>
  Object.fromEntries(
    scoreSession(scenario, session(ids), framework).criteria.map((c) => [c.code, c.status]),
  );

describe('scoreSession: needs other evidence', () => {
  const a = scoreSession(fake, session(GOOD), framework);
  const byCode = (code: string) => a.criteria.find((c) => c.code === code)!;

  it('never credits knowledge or reflection criteria, and says what evidence they need', () => {
    expect(byCode('1.1')).toMatchObject({
      status: 'needs-other-evidence',
      evidenceCodes: ['Q&A', 'PD', 'RA'],
      refs: [],
    });
    expect(byCode('1.1').rationale).toMatch(/cannot be inferred from performance/);
    expect(byCode('1.2')).toMatchObject({ status: 'needs-other-evidence', evidenceCodes: ['RA'] });
  });

  it('sends criteria a conversation cannot show to observation, with the framework’s reason', () => {
    expect(byCode('1.3')).toMatchObject({
      status: 'needs-other-evidence',
      evidenceCodes: ['O', 'WT', 'P'],
    });
    expect(byCode('1.3').rationale).toContain('Records are kept after the call');
  });

  it('says when this scenario cannot show a criterion: no response uses its technique, or its rule can never apply', () => {
    expect(byCode('2.3')).toMatchObject({
      status: 'needs-other-evidence',
      evidenceCodes: ['S', 'O'],
    });
    expect(byCode('2.3').rationale).toMatch(/no response in this scenario uses active listening/);
    expect(byCode('2.4').rationale).toMatch(/no response in this scenario uses signposting/);
    const early = scoreSession(
      fakeVariants.signpostEarly(),
      session(GOOD),
      framework,
    ).criteria.find((c) => c.code === '2.4')!;
    expect([early.status, early.rationale]).toEqual([
      'needs-other-evidence',
      'This scenario cannot show it (the issue in this scenario can always be resolved here, so it never becomes unresolvable); it needs another scenario or observation at work.',
    ]);
    expect(
      statuses(['acknowledge', 'offer', 'explain', 'signpost'], fakeVariants.unresolvable())['2.4'],
    ).toBe('demonstrated');
  });
});

describe('scoreSession: how the evidence combines', () => {
  it('demonstrated: evidence, the rule met, nothing against', () => {
    expect(statuses(GOOD)).toMatchObject({
      '2.1': 'demonstrated',
      '2.2': 'demonstrated',
      '2.6': 'demonstrated',
    });
  });

  it('partly: evidence, but undermined elsewhere in the session', () => {
    // Empathy at turn 1, an over-promise at turn 2, agreed and resolved at turn 3.
    expect(statuses(['acknowledge', 'promise', 'summarise'])).toMatchObject({
      '2.1': 'demonstrated',
      '2.2': 'partly-demonstrated',
      '2.6': 'not-demonstrated',
    });
  });

  it('partly: the rule only partly met', () => {
    expect(statuses(['options-early', WITHDRAW], fakeVariants.tense(95))['2.5']).toBe(
      'partly-demonstrated',
    );
  });

  it('not demonstrated: no evidence, or evidence against when the session gave the occasion', () => {
    expect(statuses(['rules', 'promise', 'argue'])).toMatchObject({
      '2.1': 'not-demonstrated',
      '2.2': 'not-demonstrated',
    });
    // Stepping back before the limit: the occasion was there, and the step back counts against.
    expect(statuses([WITHDRAW])['2.5']).toBe('not-demonstrated');
    // Referred rightly, but no way forward agreed: the rule's outcome does not stand in for the technique.
    expect(statuses(['acknowledge', 'supervisor'])['2.2']).toBe('not-demonstrated');
    expect(statuses([WITHDRAW], fakeVariants.tense())['2.5']).toBe('demonstrated');
  });

  it('needs other evidence, never not demonstrated, when the session gave the rule no occasion', () => {
    // The limit was never crossed and nobody stepped back: nothing to show or fail 2.5 on.
    const c = scoreSession(fake, session(['rules', 'promise', 'argue']), framework).criteria.find(
      (x) => x.code === '2.5',
    )!;
    expect(c).toMatchObject({ status: 'needs-other-evidence', evidenceCodes: ['S', 'O', 'WT'] });
    expect(c.rationale).toBe(
      'Needs other evidence: this session gave no occasion to show it (behaviour never crossed the tolerance limit (85), so no safety action was needed); another simulation (S) in which behaviour crosses the tolerance limit, or observation at work (O) or witness testimony (WT) of it, can show it.',
    );
  });

  it('"no poor technique" needs three responses to the customer: a lone step back is no occasion', () => {
    const lone = scoreSession(fake, session([WITHDRAW]), framework).criteria.find(
      (x) => x.code === '2.6',
    )!;
    expect(lone.status).toBe('needs-other-evidence');
    expect(lone.rationale).toMatch(
      /^Needs other evidence: this session gave no occasion to show it \(no responses to the customer before stepping back/,
    );
    expect(lone.rationale).toMatch(
      /another simulation \(S\) in which the learner answers the customer at least 3 times/,
    );
    expect(statuses(['acknowledge', 'offer'])['2.6']).toBe('needs-other-evidence');
    expect(statuses(GOOD)['2.6']).toBe('demonstrated');
    // A poor technique is evidence against however short the session.
    expect(statuses(['rules', WITHDRAW])['2.6']).toBe('not-demonstrated');
  });
});

describe('scoreSession: evidence references', () => {
  it('quote the learner’s exact words and the customer’s reaction, with the next line', () => {
    const a = scoreSession(fake, session(GOOD), framework);
    const refs = a.criteria.find((c) => c.code === '2.1')!.refs;
    expect(refs).toEqual([
      {
        turn: 1,
        text: 'That sounds really worrying.',
        bearing: 'for',
        techniques: ['empathy'],
        reaction: {
          moodBefore: 'frustrated',
          moodAfter: 'frustrated',
          tensionBefore: 50,
          tensionAfter: 38,
          next: { line: 'Can you just fast-track it? (frustrated)', cue: 'Arms folded, sighing.' },
        },
      },
    ]);
    const last = a.criteria.find((c) => c.code === '2.2')!.refs.at(-1)!;
    expect([last.turn, last.reaction.next]).toEqual([3, null]);
  });

  it('give the customer’s current line after the last turn of an unfinished session', () => {
    const a = scoreSession(fake, session(['acknowledge']), framework);
    expect(a.criteria.find((c) => c.code === '2.1')!.refs[0]!.reaction.next!.line).toBe(
      'Can you just fast-track it? (frustrated)',
    );
  });

  it('cite turns against a criterion with bearing "against", never as evidence for it', () => {
    const a = scoreSession(fake, session(['acknowledge', 'promise', 'summarise']), framework);
    const c = a.criteria.find((x) => x.code === '2.2')!;
    expect(c.refs.map((r) => [r.turn, r.bearing, r.techniques])).toEqual([
      [2, 'against', ['over-promising']],
      [3, 'for', ['agree-way-forward']],
    ]);
    expect(c.rationale).toBe(
      'Partly demonstrated at turn 3 (agreeing a way forward): agreed a way forward at turn 3 and the session ended resolved at turn 3; undermined by over-promising at turn 2.',
    );
  });
});

describe('scoreSession: the assessment record', () => {
  it('names the unit, the evidence type and date, counts statuses and includes the analysis', () => {
    const a = scoreSession(fake, session(GOOD, { start: 1000, step: 1000 }), framework, {
      startedAt: 1000,
    });
    expect(a).toMatchObject({
      frameworkId: 'test-unit',
      scenarioId: 'fake-counter',
      evidenceType: 'S',
      sessionEndedAt: 4000,
    });
    expect(a.unit).toEqual({
      qualification: 'Test qualification',
      level: 2,
      code: null,
      title: 'Test unit',
    });
    expect(Object.values(a.counts).reduce((x, y) => x + y, 0)).toBe(framework.criteria.length);
    expect(a.counts).toEqual({
      demonstrated: 3,
      'partly-demonstrated': 0,
      'not-demonstrated': 0,
      'needs-other-evidence': 6,
    });
    expect(a.analysis.turns).toHaveLength(3);
    expect(a.analysis.timing.map((t) => t.ms)).toEqual([1000, 1000, 1000]);
  });

  it('says whether the scenario declares the framework', () => {
    expect(scoreSession(fake, [], framework).declaredByScenario).toBe(false);
    const declared = fakeScenario((s) => {
      s.frameworks = ['test-unit'];
    });
    expect(scoreSession(declared, [], framework).declaredByScenario).toBe(true);
  });

  it('credits nothing in a session with no turns', () => {
    const a = scoreSession(fake, [], framework);
    expect(a.counts.demonstrated + a.counts['partly-demonstrated']).toBe(0);
  });
});
