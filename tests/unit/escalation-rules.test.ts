/**
 * The six rules of the escalation model (docs/escalation-model.md), each checked on every built-in
 * scenario (persona sensitivities and policy differ per scenario) and on every beat where it applies.
 */
import { describe, expect, it } from 'vitest';
import { computeEffect, isHelpAppropriate } from '../../src/domain/escalation/compute-effect';
import { respond, withdraw } from '../../src/domain/escalation/engine';
import { stateAt } from '../../src/domain/escalation/state-at';
import { GOOD_TECHNIQUES, type Technique } from '../../src/domain/escalation/techniques';
import { MOODS, type Mood, type Scenario } from '../../src/domain/scenario/schema';
import { builtInScenarios } from '../support/built-in-scenarios';

const scenarios = builtInScenarios();
const only = (t: Technique) => ({ techniques: [t] });
/** A tension inside each mood's band, below any tolerance limit. */
const TENSION_IN: Record<Mood, number> = {
  calm: 20,
  frustrated: 50,
  aggressive: 78,
  'de-escalated': 25,
};
const beatsOf = (s: Scenario) => Object.keys(s.beats);

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  it('has at least three endings of different kinds and evidences a framework', () => {
    const kinds = new Set(Object.values(scenario.endings).map((e) => e.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    expect(scenario.frameworks.length).toBeGreaterThan(0);
  });

  it('rule 1: acknowledging feelings while aggressive lowers tension more than jumping to solutions', () => {
    for (const beatId of beatsOf(scenario)) {
      const aggressive = stateAt(scenario, { beatId, tension: 80, mood: 'aggressive' });
      const acknowledge = computeEffect(scenario, aggressive, only('empathy')).delta;
      for (const solving of [
        'offer-alternatives',
        'explain-position',
        'agree-way-forward',
      ] as const) {
        const solve = computeEffect(scenario, aggressive, only(solving)).delta;
        expect(acknowledge, `${beatId}: empathy vs ${solving}`).toBeLessThan(solve);
      }
      // And with the scenario's own lines: a purely acknowledging response beats a purely solving one.
      const own = scenario.beats[beatId]!.responses.filter((r) => r.effect === undefined);
      const pure = (set: Technique[]) =>
        own.filter((r) => r.techniques.every((t) => set.includes(t)));
      for (const a of pure(['empathy', 'active-listening'])) {
        for (const s of pure([
          'offer-alternatives',
          'explain-position',
          'agree-way-forward',
          'summarise-next-steps',
        ])) {
          if (a.techniques.length < s.techniques.length) continue; // compare like with like
          expect(
            computeEffect(scenario, aggressive, a).delta,
            `${beatId}: ${a.id} vs ${s.id}`,
          ).toBeLessThan(computeEffect(scenario, aggressive, s).delta);
        }
      }
    }
  });

  it('rule 2: quoting rules or "calm down" raises tension in every mood', () => {
    for (const beatId of beatsOf(scenario)) {
      for (const mood of MOODS) {
        const state = stateAt(scenario, { beatId, tension: TENSION_IN[mood], mood });
        for (const t of ['quoting-rules', 'dismissing'] as const) {
          expect(
            computeEffect(scenario, state, only(t)).delta,
            `${beatId} ${mood} ${t}`,
          ).toBeGreaterThan(0);
        }
        for (const r of scenario.beats[beatId]!.responses) {
          const poorOnly = r.techniques.every((t) => t === 'quoting-rules' || t === 'dismissing');
          if (!poorOnly || r.effect !== undefined) continue;
          const after = respond(scenario, state, r.id);
          expect(after.tension, `${beatId} ${mood} ${r.id}`).toBeGreaterThan(state.tension);
        }
      }
    }
  });

  it('rule 3: the same technique the third time running is worth less', () => {
    const calming = GOOD_TECHNIQUES.filter(
      (t) =>
        computeEffect(scenario, stateAt(scenario, { tension: 50, mood: 'frustrated' }), only(t))
          .delta < 0,
    );
    expect(calming.length).toBeGreaterThan(5);
    for (const t of calming) {
      const fresh = stateAt(scenario, { tension: 50, mood: 'frustrated' });
      const second = stateAt(scenario, { tension: 50, mood: 'frustrated', runs: { [t]: 1 } });
      const third = stateAt(scenario, { tension: 50, mood: 'frustrated', runs: { [t]: 2 } });
      const first = computeEffect(scenario, fresh, only(t)).delta;
      expect(computeEffect(scenario, second, only(t)).delta, `${t} second time`).toBe(first);
      expect(
        Math.abs(computeEffect(scenario, third, only(t)).delta),
        `${t} third time`,
      ).toBeLessThan(Math.abs(first));
    }
  });

  it('rule 3 in play: a response repeated three times running calms less the third time', () => {
    for (const [beatId, beat] of Object.entries(scenario.beats)) {
      for (const r of beat.responses) {
        if (r.effect !== undefined) continue;
        const s0 = stateAt(scenario, { beatId, tension: 55, mood: 'frustrated' });
        const first = computeEffect(scenario, s0, r).delta;
        if (first >= 0) continue;
        const s2 = stateAt(scenario, {
          beatId,
          tension: 55,
          mood: 'frustrated',
          runs: Object.fromEntries(r.techniques.map((t) => [t, 2])),
        });
        expect(Math.abs(computeEffect(scenario, s2, r).delta), `${beatId}/${r.id}`).toBeLessThan(
          Math.abs(first),
        );
      }
    }
  });

  it('rule 4: a de-escalated customer re-escalates faster than a calm one', () => {
    for (const t of [
      'quoting-rules',
      'dismissing',
      'arguing-blaming',
      'jargon',
      'ignoring',
    ] as const) {
      const calm = stateAt(scenario, { tension: 25, mood: 'calm' });
      const recovered = stateAt(scenario, { tension: 25, mood: 'de-escalated' });
      expect(computeEffect(scenario, recovered, only(t)).delta, t).toBeGreaterThan(
        computeEffect(scenario, calm, only(t)).delta,
      );
    }
  });

  it('marks the limit on the cues the learner can see, not with a hidden tension', () => {
    expect(scenario.policy.tolerance.tension).toBeUndefined();
    const marked = beatsOf(scenario).flatMap((b) =>
      MOODS.filter((m) => scenario.beats[b]!.customer[m].crossesLimit),
    );
    expect(marked).not.toContain('calm');
  });

  it('rule 5: seeking help is right beyond authority or where the cue shows the limit crossed, and passing on otherwise', () => {
    const beyond = beatsOf(scenario).filter((b) => scenario.beats[b]!.beyondAuthority);
    const within = beatsOf(scenario).filter((b) => !scenario.beats[b]!.beyondAuthority);
    for (const beatId of beyond) {
      const s = stateAt(scenario, { beatId, tension: 50, mood: 'frustrated' });
      expect(isHelpAppropriate(scenario, s)).toBe(true);
      const e = computeEffect(scenario, s, only('seek-help'));
      expect(e.techniques).toEqual(['seek-help']);
      expect(e.delta).toBeLessThan(0);
    }
    for (const beatId of within) {
      for (const mood of MOODS) {
        const s = stateAt(scenario, { beatId, tension: TENSION_IN[mood], mood });
        const crossed = scenario.beats[beatId]!.customer[mood].crossesLimit === true;
        const e = computeEffect(scenario, s, only('seek-help'));
        expect(e.techniques, `${beatId} ${mood}`).toEqual([crossed ? 'seek-help' : 'passing-on']);
        expect(Math.sign(e.delta), `${beatId} ${mood}`).toBe(crossed ? -1 : 1);
      }
    }
  });

  it('rule 6: stepping back and getting support is available at every beat, in every mood', () => {
    for (const beatId of beatsOf(scenario)) {
      for (const mood of MOODS) {
        const after = withdraw(
          scenario,
          stateAt(scenario, { beatId, tension: TENSION_IN[mood], mood }),
        );
        expect(after.ending).toMatchObject({
          id: scenario.flow.safetyEnding,
          kind: 'withdrew-safely',
          cause: 'safety-action',
        });
        expect(after.history.at(-1)?.effect.techniques).toEqual(['safety-action']);
      }
    }
  });
});

describe('the library as a whole', () => {
  it('has scenarios with a request beyond the learner’s authority, so rule 5 is exercised', () => {
    const withBeyond = scenarios.filter((s) =>
      Object.values(s.beats).some((b) => b.beyondAuthority),
    );
    expect(withBeyond.length).toBeGreaterThanOrEqual(3);
  });

  it('has scenarios whose cues show behaviour past the limit, so stepping back can be right', () => {
    const marked = scenarios.filter((s) =>
      Object.values(s.beats).some((b) => MOODS.some((m) => b.customer[m].crossesLimit)),
    );
    expect(marked.length).toBeGreaterThanOrEqual(3);
  });
});
