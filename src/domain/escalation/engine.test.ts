import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../../test-util/fake-scenario';
import type { SessionEvent } from '../session/events';
import { replay } from '../session/replay';
import { alternativesAt, bestAlternative } from './alternatives';
import { computeEffect } from './compute-effect';
import { applyEvent, EngineError, initialState, respond, withdraw } from './engine';
import { moodMatchesTension } from './mood';
import type { EngineState } from './types';

const scenario = fakeScenario();

/** Random sessions: at each step, pick any available response or the safety action. */
const sessionArb = fc.array(fc.nat({ max: 99 }), { minLength: 0, maxLength: 12 }).map((picks) => {
  const events: SessionEvent[] = [];
  let state = initialState(scenario);
  for (const [i, pick] of picks.entries()) {
    if (state.ending) break;
    const options = scenario.beats[state.beatId]!.responses;
    const event: SessionEvent =
      pick % 17 === 16
        ? { type: 'learner.withdraw', at: 1000 * i }
        : { type: 'learner.respond', responseId: options[pick % options.length]!.id, at: 1000 * i };
    events.push(event);
    state = applyEvent(scenario, state, event);
  }
  return events;
});

describe('the escalation engine', () => {
  it('starts at the scenario start with the persona’s tension', () => {
    const s = initialState(scenario);
    expect(s).toMatchObject({
      beatId: 'opening',
      tension: 50,
      mood: 'frustrated',
      turn: 0,
      ending: null,
    });
  });

  it('records what the learner said, the customer line answered and the effect', () => {
    const s = respond(scenario, initialState(scenario), 'acknowledge', 1234);
    expect(s.history).toHaveLength(1);
    expect(s.history[0]).toMatchObject({
      turn: 1,
      text: 'That sounds really worrying.',
      customerLine: 'Where is my passport? (frustrated)',
      tensionBefore: 50,
      tensionAfter: 38,
      at: 1234,
    });
    expect(s.history[0]!.effect.techniques).toEqual(['empathy']);
  });

  it('refuses a response that is not on offer, and any event after the end', () => {
    expect(() => respond(scenario, initialState(scenario), 'nope')).toThrow(EngineError);
    const ended = withdraw(scenario, initialState(scenario));
    expect(() => respond(scenario, ended, 'acknowledge')).toThrow(/has ended/);
  });

  it('routes by the mood after the response (aggressive customers stay in the opening)', () => {
    const angry = { ...initialState(scenario), tension: 65, mood: 'frustrated' as const };
    const s = respond(scenario, angry, 'calm-down');
    expect(s.mood).toBe('aggressive');
    expect(s.beatId).toBe('opening');
  });

  it('explaining after over-promising makes things worse (the broken promise)', () => {
    let s = respond(scenario, initialState(scenario), 'acknowledge');
    s = respond(scenario, s, 'promise');
    const honest = respond(scenario, s, 'explain');
    expect(honest.history.at(-1)!.effect.delta).toBeGreaterThan(0);
  });

  it('ends at the turn limit with the scenario’s turn-limit ending', () => {
    const looping = fakeScenario((s) => {
      s.flow.maxTurns = 2;
      s.beats.opening!.next = 'opening';
    });
    let s = respond(looping, initialState(looping), 'acknowledge');
    expect(s.ending).toBeNull();
    s = respond(looping, s, 'acknowledge');
    expect(s.ending).toEqual({ id: 'walked-out', kind: 'customer-left', cause: 'turn-limit' });
  });

  it('ends at the breaking point when tension reaches 100', () => {
    const hot = { ...initialState(scenario), tension: 95, mood: 'aggressive' as const };
    const s = respond(scenario, hot, 'calm-down');
    expect(s.tension).toBe(100);
    expect(s.ending).toMatchObject({ id: 'walked-out', cause: 'breaking-point' });
  });

  it('keeps tension in 0–100 and the mood consistent with tension, on any session', () => {
    fc.assert(
      fc.property(sessionArb, (events) => {
        let state: EngineState = initialState(scenario);
        for (const e of events) {
          state = applyEvent(scenario, state, e);
          if (
            state.tension < 0 ||
            state.tension > 100 ||
            !moodMatchesTension(state.mood, state.tension)
          )
            return false;
          if (state.turn > scenario.flow.maxTurns) return false;
        }
        return true;
      }),
    );
  });

  it('replays deterministically: the same events always give the same state, byte for byte', () => {
    fc.assert(
      fc.property(sessionArb, (events) => {
        expect(JSON.stringify(replay(scenario, events))).toBe(
          JSON.stringify(replay(scenario, structuredClone(events))),
        );
      }),
    );
  });

  it('computes every alternative from the same state without changing it', () => {
    const s = initialState(scenario);
    const before = JSON.stringify(s);
    const alts = alternativesAt(scenario, s);
    expect(alts.map((a) => a.response.id)).toEqual([
      'acknowledge',
      'rules',
      'calm-down',
      'options-early',
    ]);
    expect(JSON.stringify(s)).toBe(before);
    const chosen = respond(scenario, s, 'rules');
    expect(alts.find((a) => a.response.id === 'rules')!.turn).toEqual(chosen.history[0]);
  });

  it('recommends good practice, never a poor technique that happens to calm things now', () => {
    let s = respond(scenario, initialState(scenario), 'acknowledge');
    const best = bestAlternative(scenario, s)!;
    expect(best.turn.effect.techniques).not.toContain('over-promising');
    s = initialState(scenario);
    expect(bestAlternative(scenario, s)!.response.id).toBe('acknowledge');
  });
});

describe('combining techniques', () => {
  it('counts a response’s strongest technique fully and further ones at diminishing weight', () => {
    const s = initialState(scenario);
    const one = computeEffect(scenario, s, { techniques: ['empathy'] }).delta;
    const two = computeEffect(scenario, s, { techniques: ['empathy', 'active-listening'] }).delta;
    const three = computeEffect(scenario, s, {
      techniques: ['empathy', 'active-listening', 'open-questions'],
    }).delta;
    expect(one).toBe(-12);
    expect(two).toBe(-16); // −12 + ½ × −8
    expect(three).toBe(-17); // −12 + ½ × −8 + ¼ × −6 = −17.5, which Math.round takes to −17
  });

  it('lets a poor technique cancel a good one in the same breath', () => {
    const s = initialState(scenario);
    expect(computeEffect(scenario, s, { techniques: ['empathy', 'quoting-rules'] }).delta).toBe(0);
  });
});
