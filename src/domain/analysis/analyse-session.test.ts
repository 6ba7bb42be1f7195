// Hand-built sessions of the fake scenario, with every number worked out from the escalation model.
import { describe, it, expect } from 'vitest';
import { EngineError } from '../escalation/engine';
import { fakeScenario } from '../../test-util/fake-scenario';
import { fakeVariants, respond, session, tutorOverride, WITHDRAW } from '../../test-util/sessions';
import { analyseSession } from '../analysis/analyse-session';

const fake = fakeScenario();
const GOOD = ['acknowledge', 'offer', 'summarise'];
const POOR = ['rules', 'promise', 'argue'];
const timed = { start: 1000, step: 5000 };

describe('analyseSession: profile, curve and timing', () => {
  const good = analyseSession(fake, session(GOOD, timed), { startedAt: 1000 });
  const poor = analyseSession(fake, session(POOR));

  it('keeps the engine’s turn records, with the learner’s exact words', () => {
    expect(good.turns.map((t) => t.text)).toEqual([
      'That sounds really worrying.',
      'I can book an urgent appointment for tomorrow.',
      'You come in at nine; bring your ticket.',
    ]);
  });

  it('counts techniques as judged, good and poor, in vocabulary order', () => {
    expect(good.profile.techniques.map((c) => [c.technique, c.count, c.turns])).toEqual([
      ['empathy', 1, [1]],
      ['offer-alternatives', 1, [2]],
      ['agree-way-forward', 1, [3]],
      ['summarise-next-steps', 1, [3]],
    ]);
    expect([good.profile.good, good.profile.poor]).toEqual([4, 0]);
    expect([poor.profile.good, poor.profile.poor]).toEqual([0, 3]);
    expect(poor.profile.distinctGood).toEqual([]);
  });

  it('draws the tension curve from the start and after each turn', () => {
    expect(good.tension.map((p) => [p.afterTurn, p.tension, p.mood, p.source])).toEqual([
      [0, 50, 'frustrated', 'start'],
      [1, 38, 'frustrated', 'turn'],
      [2, 28, 'de-escalated', 'turn'],
      [3, 15, 'de-escalated', 'turn'],
    ]);
  });

  it('times each turn from the previous one, the first from startedAt, null when unknown', () => {
    expect(good.timing.map((t) => t.ms)).toEqual([5000, 5000, 5000]);
    expect(analyseSession(fake, session(GOOD, timed)).timing.map((t) => t.ms)).toEqual([
      null,
      5000,
      5000,
    ]);
    expect(poor.timing.map((t) => t.ms)).toEqual([null, null, null]);
    const backwards = [respond('acknowledge', 9000), respond('offer', 8000)];
    expect(analyseSession(fake, backwards, { startedAt: 1000 }).timing.map((t) => t.ms)).toEqual([
      8000,
      null,
    ]);
    expect(good.endedAt).toBe(16000);
  });

  it('lists the turns that made it worse, with the techniques and the author’s why', () => {
    expect(good.madeWorse).toEqual([]);
    expect(
      poor.madeWorse.map((w) => [w.turn, w.delta, w.causes.map((c) => c.technique), w.feedback]),
    ).toEqual([
      [1, 12, ['quoting-rules'], 'Rules at a person.'],
      [3, 15, ['arguing-blaming'], 'Blame.'],
    ]);
    expect(poor.madeWorse[1]!.text).toBe('You should have applied earlier.');
  });

  it('rejects a log that does not fit the scenario', () => {
    expect(() => analyseSession(fake, session(['no-such-response']))).toThrow(EngineError);
    expect(() => analyseSession(fake, session([...GOOD, 'acknowledge']))).toThrow(EngineError);
  });
});

describe('analyseSession: mood shifts and adaptation events', () => {
  it('records an adaptation when the technique set changes in the turn after the mood changed', () => {
    const a = analyseSession(fake, session(GOOD));
    expect(a.moodShifts).toEqual([
      { turn: 3, previousTurn: 2, moodFrom: 'frustrated', moodTo: 'de-escalated' },
    ]);
    expect(a.adaptations).toEqual([
      {
        turn: 3,
        previousTurn: 2,
        moodFrom: 'frustrated',
        moodTo: 'de-escalated',
        from: ['offer-alternatives'],
        to: ['agree-way-forward', 'summarise-next-steps'],
        appropriate: true,
      },
    ]);
  });

  it('marks a change to a poor technique as an adaptation that is not appropriate', () => {
    const a = analyseSession(fake, session(['acknowledge', 'offer', 'argue']));
    expect(a.adaptations.map((e) => [e.turn, e.to, e.appropriate])).toEqual([
      [3, ['arguing-blaming'], false],
    ]);
  });

  it('finds no shift when the mood stays the same between answers', () => {
    const a = analyseSession(fake, session(POOR));
    expect(a.moodShifts).toEqual([]);
    expect(a.adaptations).toEqual([]);
  });

  it('counts a shift made by a tutor override, and puts the override on the curve', () => {
    const events = [respond('acknowledge'), tutorOverride({ tension: 20 }), respond('offer')];
    const a = analyseSession(fake, events);
    expect(a.adaptations.map((e) => [e.turn, e.moodFrom, e.moodTo, e.appropriate])).toEqual([
      [2, 'frustrated', 'de-escalated', true],
    ]);
    expect(a.tension.map((p) => [p.afterTurn, p.tension, p.source])).toEqual([
      [0, 50, 'start'],
      [1, 38, 'turn'],
      [1, 20, 'tutor'],
      [2, 10, 'turn'],
    ]);
  });
});

describe('analyseSession: the best response at each turn', () => {
  it('says when the learner chose the best response', () => {
    const a = analyseSession(fake, session(GOOD));
    expect(a.alternatives.map((x) => [x.turn, x.chosenIsBest, x.betterAvailable])).toEqual([
      [1, true, false],
      [2, true, false],
      [3, true, false],
    ]);
  });

  it('gives the better response, its exact text and what it would have done, from the same state', () => {
    const a = analyseSession(fake, session(POOR));
    expect(
      a.alternatives.map((x) => [
        x.turn,
        x.betterAvailable,
        x.best?.responseId,
        x.best?.tensionAfter,
      ]),
    ).toEqual([
      [1, true, 'acknowledge', 38],
      [2, true, 'offer', 52],
      [3, true, 'summarise', 45],
    ]);
    expect(a.alternatives[0]!.best).toMatchObject({
      text: 'That sounds really worrying.',
      techniques: ['empathy'],
      delta: -12,
      moodAfter: 'frustrated',
      why: 'Feelings first.',
    });
  });

  it('counts withdrawing below the limit as a turn where a better response was available', () => {
    const a = analyseSession(fake, session([WITHDRAW]));
    expect(a.alternatives[0]).toMatchObject({
      chosenIsBest: false,
      betterAvailable: true,
      best: { responseId: 'acknowledge' },
    });
    const over = analyseSession(fakeVariants.tense(), session([WITHDRAW]));
    expect(over.alternatives[0]!.betterAvailable).toBe(false);
  });
});

describe('analyseSession: was it the right ending?', () => {
  const verdict = (s: ReturnType<typeof fakeScenario>, ids: string[]) => {
    const e = analyseSession(s, session(ids)).ending;
    return [e.kind, e.verdict, e.right];
  };

  it('resolving is right; the customer walking out never is', () => {
    expect(verdict(fake, GOOD)).toEqual(['resolved', 'right', true]);
    expect(verdict(fake, POOR)).toEqual(['customer-left', 'broke-down', false]);
  });

  it('withdrawing is right only when behaviour had crossed the limit at that moment', () => {
    expect(verdict(fakeVariants.tense(), [WITHDRAW])).toEqual(['withdrew-safely', 'right', true]);
    expect(verdict(fake, [WITHDRAW])).toEqual(['withdrew-safely', 'premature', false]);
    expect(analyseSession(fake, session([WITHDRAW])).ending.rationale).toBe(
      'Stepped back at turn 1 while tension was 50, below the tolerance limit of 85',
    );
  });

  it('referring is right when the request was beyond authority, premature otherwise', () => {
    expect(verdict(fake, ['acknowledge', 'supervisor'])).toEqual(['referred', 'right', true]);
    const within = fakeScenario((s) => {
      s.beats.options!.beyondAuthority = false;
    });
    expect(verdict(within, ['acknowledge', 'supervisor'])).toEqual([
      'referred',
      'premature',
      false,
    ]);
  });

  it('a referral made where it was needed stays right when the conversation carries on to close it', () => {
    const carriesOn = fakeScenario((s) => {
      s.beats.options!.responses[0]!.next = 'agree';
      s.beats.agree!.next = 'referred';
    });
    const e = analyseSession(carriesOn, session(['acknowledge', 'supervisor', 'summarise'])).ending;
    expect([e.kind, e.verdict, e.right]).toEqual(['referred', 'right', true]);
    expect(e.rationale).toBe(
      "Referred at turn 2, when what the customer asked for was beyond the learner's authority, and the conversation closed at turn 3",
    );
    // Without a referral that was needed, a referred ending reached later is still premature.
    const noNeed = fakeScenario((s) => {
      s.beats.options!.beyondAuthority = false;
      s.beats.options!.responses[0]!.next = 'agree';
      s.beats.agree!.next = 'referred';
    });
    expect(
      analyseSession(noNeed, session(['acknowledge', 'supervisor', 'summarise'])).ending.verdict,
    ).toBe('premature');
  });

  it('signposting is right when no resolved ending is reachable from there, avoidable otherwise', () => {
    const unres = analyseSession(
      fakeVariants.unresolvable(),
      session(['acknowledge', 'offer', 'explain', 'signpost']),
    ).ending;
    expect([unres.kind, unres.verdict, unres.resolutionReachable]).toEqual([
      'signposted',
      'right',
      false,
    ]);
    const early = analyseSession(
      fakeVariants.signpostEarly(),
      session(['acknowledge', 'helpline']),
    ).ending;
    expect([early.kind, early.verdict, early.resolutionReachable]).toEqual([
      'signposted',
      'avoidable',
      true,
    ]);
  });

  it('an unfinished session has no ending and no verdict yet', () => {
    const e = analyseSession(fake, session(['acknowledge'])).ending;
    expect([e.id, e.verdict, e.right]).toEqual([null, 'unfinished', null]);
  });
});
