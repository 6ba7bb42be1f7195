// Which standards and legislation the scenario's facts make relevant.
import { describe, it, expect } from 'vitest';
import { analyseSession } from '../analysis/analyse-session';
import { fakeScenario } from '../../test-util/fake-scenario';
import { fakeVariants, session, WITHDRAW } from '../../test-util/sessions';
import { LEGISLATION, relevantLegislation, scenarioFacts, type ScenarioFacts } from './legislation';

const base: ScenarioFacts = {
  customerName: 'Sam Test',
  communicationBarrier: null,
  vulnerabilities: [],
  limitTurns: [],
  incident: false,
  safetyActionTurns: [],
  personalData: null,
  limits: ['A guaranteed date'],
};
const ids = (f: Partial<ScenarioFacts>) => relevantLegislation({ ...base, ...f }).map((l) => l.id);

describe('the legislation table', () => {
  it('always links the complaints procedure and limits of authority, quoting the policy', () => {
    expect(ids({})).toEqual(['complaints-procedure-and-limits-of-authority']);
    expect(relevantLegislation(base)[0]!.relevance).toContain(
      '(what I may not offer or do): a guaranteed date.',
    );
  });

  it('links the Equality Act 2010 for a communication barrier or a vulnerability', () => {
    expect(ids({ communicationBarrier: 'interpreter' })).toContain('equality-act-2010');
    expect(ids({ vulnerabilities: ['Recently bereaved'] })).toContain('equality-act-2010');
    const text = relevantLegislation({
      ...base,
      vulnerabilities: ['Limited English'],
      communicationBarrier: 'Limited English',
    })[0]!.relevance;
    expect(text).toBe(
      'What made it relevant for Sam Test: Limited English. The Act requires a service that does not discriminate and makes reasonable adjustments for disabled people, so I have to adapt how I communicate (plain words, pace, an interpreter or another format) so that the service is as accessible to them as to anyone else.',
    );
  });

  it('links the Health and Safety at Work etc. Act 1974 when the limit was reached, safety action was taken or there was an incident', () => {
    expect(ids({ limitTurns: [2] })).toContain('health-and-safety-at-work-act-1974');
    expect(ids({ safetyActionTurns: [1] })).toContain('health-and-safety-at-work-act-1974');
    expect(ids({ incident: true })).toContain('health-and-safety-at-work-act-1974');
  });

  it('links data protection where personal data is involved', () => {
    expect(ids({ personalData: 'date of birth' })).toContain('data-protection-act-2018-uk-gdpr');
  });

  it('keeps each entry’s id unique', () => {
    expect(new Set(LEGISLATION.map((l) => l.id)).size).toBe(LEGISLATION.length);
  });
});

describe('scenarioFacts', () => {
  it('reads barriers and personal data from the scenario text, and safety from the session', () => {
    const s = fakeScenario((x) => {
      x.customer.background = 'Speaks little English and has brought her son to interpret.';
      x.situation = 'She needs to confirm her date of birth on the record.';
    });
    const f = scenarioFacts(s, analyseSession(s, session(['acknowledge'])));
    expect([f.communicationBarrier, f.personalData, f.limitTurns]).toEqual([
      'little English',
      'date of birth',
      [],
    ]);
    const plain = scenarioFacts(fakeScenario(), analyseSession(fakeScenario(), []));
    expect([plain.communicationBarrier, plain.personalData]).toEqual([null, null]);
    const tense = fakeVariants.tense();
    const safety = scenarioFacts(tense, analyseSession(tense, session([WITHDRAW])));
    expect([safety.limitTurns, safety.safetyActionTurns]).toEqual([[1], [1]]);
  });
});
