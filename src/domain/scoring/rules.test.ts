// Each rule of the table against hand-built sessions whose outcome is worked out from its description.
import { describe, it, expect } from 'vitest';
import type { Technique } from '../escalation/techniques';
import type { Scenario } from '../scenario/schema';
import { fakeScenario } from '../../test-util/fake-scenario';
import { fakeVariants, respond, session, tutorOverride, WITHDRAW } from '../../test-util/sessions';
import { analyseSession } from '../analysis/analyse-session';
import { SCORING_RULES, type ScoringRule } from './framework-schema';
import { RULE_PREREQUISITES, RULES } from './rules';

const fake = fakeScenario();
const run = (
  rule: ScoringRule,
  ids: string[],
  scenario: Scenario = fake,
  techniques: Technique[] = [],
) => {
  const r = RULES[rule]({ scenario, analysis: analyseSession(scenario, session(ids)), techniques });
  return { met: r.met, occasion: r.occasion, turns: r.turns, against: r.against };
};
const GOOD = ['acknowledge', 'offer', 'summarise'];
const POOR = ['rules', 'promise', 'argue'];

describe('the rule table', () => {
  it('has exactly one function per SCORING_RULES id', () => {
    expect(Object.keys(RULES).sort()).toEqual(SCORING_RULES.map((r) => r.id).sort());
  });

  it('adapting-approach: two distinct techniques and an adaptation, else partly, else not', () => {
    expect(run('adapting-approach', GOOD)).toEqual({
      met: true,
      occasion: true,
      turns: [1, 2, 3],
      against: [],
    });
    // Two techniques, mood never shifted between answers: partly.
    expect(run('adapting-approach', ['acknowledge', 'promise', 'summarise'])).toMatchObject({
      met: 'partly',
      turns: [1, 3],
    });
    expect(run('adapting-approach', POOR)).toMatchObject({ met: false, turns: [] });
    // Only the criterion's own techniques count: with just empathy listed, one technique + adaptation.
    expect(run('adapting-approach', GOOD, fake, ['empathy'])).toMatchObject({ met: 'partly' });
  });

  it('recognise-mood-change: every shift answered with a new, good approach', () => {
    expect(run('recognise-mood-change', GOOD)).toEqual({
      met: true,
      occasion: true,
      turns: [3],
      against: [],
    });
    expect(run('recognise-mood-change', ['acknowledge', 'offer', 'argue'])).toEqual({
      met: false,
      occasion: true,
      turns: [],
      against: [3],
    });
    expect(run('recognise-mood-change', POOR)).toMatchObject({ met: false, occasion: false });
  });

  it('recognise-mood-change: partly when only some shifts were answered', () => {
    const s = fakeScenario();
    const events = [
      respond('acknowledge'),
      tutorOverride({ tension: 20 }),
      respond('offer'),
      tutorOverride({ tension: 45 }),
      respond('explain'),
    ];
    const r = RULES['recognise-mood-change']({
      scenario: s,
      analysis: analyseSession(s, events),
      techniques: [],
    });
    // Shift before turn 2 (frustrated → de-escalated) answered with offer; before turn 3 (→ frustrated)
    // explain-position differs from offer, so both are adaptations: met.
    expect([r.met, r.turns]).toEqual([true, [2, 3]]);
    const same = [
      respond('acknowledge'),
      tutorOverride({ tension: 20 }),
      respond('offer'),
      tutorOverride({ tension: 45 }),
      respond('argue'),
    ];
    const r2 = RULES['recognise-mood-change']({
      scenario: s,
      analysis: analyseSession(s, same),
      techniques: [],
    });
    expect([r2.met, r2.turns, r2.against]).toEqual(['partly', [2], [3]]);
  });

  it('help-within-policy: sought when beyond authority, never needlessly', () => {
    expect(run('help-within-policy', ['acknowledge', 'supervisor'])).toEqual({
      met: true,
      occasion: true,
      turns: [2],
      against: [],
    });
    expect(run('help-within-policy', GOOD)).toEqual({
      met: false,
      occasion: true,
      turns: [],
      against: [],
    });
    const within = fakeScenario((s) => {
      s.beats.options!.beyondAuthority = false;
    });
    expect(run('help-within-policy', ['acknowledge', 'supervisor'], within)).toEqual({
      met: false,
      occasion: true,
      turns: [],
      against: [2],
    });
    expect(run('help-within-policy', ['acknowledge', 'offer'], within)).toMatchObject({
      met: false,
      occasion: false,
    });
  });

  it('help-within-policy: stepping back once the limit is crossed counts as getting help', () => {
    expect(run('help-within-policy', [WITHDRAW], fakeVariants.tense())).toEqual({
      met: true,
      occasion: true,
      turns: [1],
      against: [],
    });
  });

  it('safety-when-needed: acted as soon as the limit was crossed, late is partly, never is not', () => {
    expect(run('safety-when-needed', [WITHDRAW], fakeVariants.tense())).toEqual({
      met: true,
      occasion: true,
      turns: [1],
      against: [],
    });
    // 95: offering too soon to an aggressive customer only takes it to 91, still over the limit.
    expect(run('safety-when-needed', ['options-early', WITHDRAW], fakeVariants.tense(95))).toEqual({
      met: 'partly',
      occasion: true,
      turns: [2],
      against: [1],
    });
    expect(run('safety-when-needed', ['options-early'], fakeVariants.tense(95))).toEqual({
      met: false,
      occasion: true,
      turns: [],
      against: [1],
    });
    expect(run('safety-when-needed', GOOD)).toMatchObject({ met: false, occasion: false });
    expect(run('safety-when-needed', [WITHDRAW])).toEqual({
      met: false,
      occasion: true,
      turns: [],
      against: [1],
    });
  });

  it('way-forward-agreed: agreed and resolved; either alone is partly', () => {
    expect(run('way-forward-agreed', GOOD)).toEqual({
      met: true,
      occasion: true,
      turns: [3],
      against: [],
    });
    expect(run('way-forward-agreed', ['acknowledge', 'supervisor'])).toMatchObject({
      met: 'partly',
      turns: [2],
    });
    expect(run('way-forward-agreed', ['acknowledge', 'offer', 'explain'])).toMatchObject({
      met: 'partly',
      turns: [3],
    });
    expect(run('way-forward-agreed', POOR)).toMatchObject({ met: false, turns: [] });
  });

  it('unresolvable-explained and signposted-when-unresolvable need a rightly signposted ending', () => {
    const unres = fakeVariants.unresolvable();
    const ids = ['acknowledge', 'offer', 'explain', 'signpost'];
    expect(run('unresolvable-explained', ids, unres)).toEqual({
      met: true,
      occasion: true,
      turns: [3],
      against: [],
    });
    expect(run('signposted-when-unresolvable', ids, unres)).toEqual({
      met: true,
      occasion: true,
      turns: [4],
      against: [],
    });
    expect(
      run('unresolvable-explained', ['acknowledge', 'offer', 'signpost'], unres),
    ).toMatchObject({ met: false, occasion: true });
    expect(run('signposted-when-unresolvable', GOOD)).toMatchObject({
      met: false,
      occasion: false,
    });
    const early = fakeVariants.signpostEarly();
    expect(run('signposted-when-unresolvable', ['acknowledge', 'helpline'], early)).toEqual({
      met: false,
      occasion: true,
      turns: [],
      against: [2],
    });
  });

  it('next-steps-summarised: summarised and the conversation closed properly', () => {
    expect(run('next-steps-summarised', GOOD)).toEqual({
      met: true,
      occasion: true,
      turns: [3],
      against: [],
    });
    expect(run('next-steps-summarised', POOR)).toMatchObject({ met: false, turns: [] });
  });

  it('calm-throughout: no poor technique in any turn', () => {
    expect(run('calm-throughout', GOOD)).toEqual({
      met: true,
      occasion: true,
      turns: [1, 2, 3],
      against: [],
    });
    expect(run('calm-throughout', ['acknowledge', 'promise', 'summarise'])).toEqual({
      met: false,
      occasion: true,
      turns: [],
      against: [2],
    });
  });
});

/** The fake scenario with a needless "hold for my team leader" at the agreement beat (within authority). */
const withHold = fakeScenario((s) => {
  s.beats.agree!.responses.push({
    id: 'hold',
    text: 'Can I put you on hold while I check with my team leader?',
    techniques: ['seek-help'],
    next: 'agree',
    feedback: { why: 'Nothing here is beyond your authority.', consequence: 'Another wait.' },
  });
});

describe('crediting rules (issue 8)', () => {
  it('calm-throughout needs three responses to the customer; the safety action is not one', () => {
    // A lone step back: no response to the customer at all, so no occasion (was "met at turn 1").
    expect(run('calm-throughout', [WITHDRAW])).toEqual({
      met: false,
      occasion: false,
      turns: [],
      against: [],
    });
    expect(run('calm-throughout', [WITHDRAW], fakeVariants.tense())).toMatchObject({
      occasion: false,
    });
    expect(run('calm-throughout', ['acknowledge', 'offer'])).toMatchObject({
      met: false,
      occasion: false,
    });
    // Three responses, then a step back: the step back is neither counted nor cited.
    expect(run('calm-throughout', ['acknowledge', 'offer', 'hold', WITHDRAW], withHold)).toEqual({
      met: false,
      occasion: true,
      turns: [],
      against: [3],
    });
    // A poor technique is evidence against however short the session.
    expect(run('calm-throughout', ['rules', WITHDRAW])).toEqual({
      met: false,
      occasion: true,
      turns: [],
      against: [1],
    });
  });

  it('adapting-approach: passing the customer on counts against and never towards adapting', () => {
    // Hold (needless: passing on) at 3; the mood changes at 4 and the learner agrees a way forward.
    const ids = ['acknowledge', 'offer', 'hold', 'summarise'];
    expect(run('adapting-approach', ids, withHold)).toEqual({
      met: true,
      occasion: true,
      turns: [1, 2, 4],
      against: [3],
    });
    expect(run('adapting-approach', ['acknowledge', 'offer', 'hold', 'hold'], withHold)).toEqual({
      met: 'partly',
      occasion: true,
      turns: [1, 2],
      against: [3, 4],
    });
  });

  it('help-within-policy: stepping back before the limit is passing the customer on', () => {
    expect(run('help-within-policy', [WITHDRAW])).toEqual({
      met: false,
      occasion: true,
      turns: [],
      against: [1],
    });
    expect(run('help-within-policy', ['acknowledge', WITHDRAW])).toEqual({
      met: false,
      occasion: true,
      turns: [],
      against: [2],
    });
    const r = RULES['help-within-policy']({
      scenario: fake,
      analysis: analyseSession(fake, session([WITHDRAW])),
      techniques: [],
    });
    expect(r.rationale).toBe(
      'stepped back at turn 1 before behaviour crossed the tolerance limit, which passes the customer on',
    );
    // Over the limit it is the right call, as before.
    expect(run('help-within-policy', [WITHDRAW], fakeVariants.tense())).toMatchObject({
      met: true,
      turns: [1],
    });
  });

  it('safety-when-needed: a step back before the limit is premature, never a good safety action', () => {
    // The analysis every reader shares (scorer, reflection, exports) judges it passing on, a poor
    // technique, so nothing downstream labels it "Good: safety action"; over the limit it stays one.
    const calm = analyseSession(fake, session(['acknowledge', WITHDRAW]));
    expect(calm.turns[1]!.effect.techniques).toEqual(['passing-on']);
    expect(calm.profile.distinctGood).not.toContain('safety-action');
    expect(calm.profile.poor).toBe(1);
    const tense = analyseSession(fakeVariants.tense(), session([WITHDRAW]));
    expect(tense.turns[0]!.effect.techniques).toEqual(['safety-action']);
    expect(run('safety-when-needed', ['acknowledge', WITHDRAW])).toEqual({
      met: false,
      occasion: true,
      turns: [],
      against: [2],
    });
  });
});

describe('rule prerequisites: when a scenario can never show a rule', () => {
  it('the fake scenario can always be resolved, so it cannot show the unresolvable rules', () => {
    expect(RULE_PREREQUISITES['unresolvable-explained']!(fake)).toMatch(/always be resolved/);
    expect(RULE_PREREQUISITES['unresolvable-explained']!(fakeVariants.unresolvable())).toBeNull();
    // A signposted ending alone is not enough: the issue must be unresolvable where it is offered.
    expect(
      RULE_PREREQUISITES['signposted-when-unresolvable']!(fakeVariants.signpostEarly()),
    ).not.toBeNull();
  });

  it('a scenario without seek-help or a summary cannot show those rules', () => {
    const bare = fakeScenario((s) => {
      s.beats.options!.responses[0]!.techniques = ['explain-position'];
      s.beats.agree!.responses[0]!.techniques = ['agree-way-forward'];
    });
    expect(RULE_PREREQUISITES['help-within-policy']!(bare)).toMatch(/seeks help/);
    expect(RULE_PREREQUISITES['next-steps-summarised']!(bare)).toMatch(/summarises/);
    expect(RULE_PREREQUISITES['help-within-policy']!(fake)).toBeNull();
  });
});
