// The customer's reply to a response: resolved by the mood after the response, recorded on the turn,
// and deterministic (the same scenario and events give the same replies).
import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../../test-util/fake-scenario';
import { respond as respondEvent } from '../../test-util/sessions';
import { replay } from '../session/replay';
import { initialState, resolveReply, respond, withdraw } from './engine';

const byMood = {
  default: { line: 'Right. Thank you.', cue: 'Shoulders drop.' },
  aggressive: { line: 'Don’t patronise me!', cue: 'Fist on the counter.' },
};

describe('the customer’s reply', () => {
  it('resolves a single reply for every mood, and a reply by mood with its default', () => {
    const one = { line: 'Yes.', cue: 'A nod.' };
    expect(resolveReply(one, 'aggressive')).toBe(one);
    expect(resolveReply(byMood, 'aggressive')).toEqual(byMood.aggressive);
    expect(resolveReply(byMood, 'calm')).toEqual(byMood.default);
    expect(resolveReply(byMood, 'de-escalated')).toEqual(byMood.default);
  });

  it('is recorded on the turn, chosen by the mood after the response', () => {
    const scenario = fakeScenario((s) => {
      for (const r of s.beats.opening!.responses) r.reply = byMood;
    });
    const calmer = respond(scenario, initialState(scenario), 'acknowledge');
    expect(calmer.mood).not.toBe('aggressive');
    expect(calmer.history[0]!.reply).toEqual(byMood.default);

    const angry = { ...initialState(scenario), tension: 65, mood: 'frustrated' as const };
    const worse = respond(scenario, angry, 'calm-down');
    expect(worse.mood).toBe('aggressive');
    expect(worse.history[0]!.reply).toEqual(byMood.aggressive);
  });

  it('is null without one, and when the learner steps back', () => {
    const scenario = fakeScenario();
    expect(respond(scenario, initialState(scenario), 'acknowledge').history[0]!.reply).toBeNull();
    const withReplies = fakeScenario((s) => {
      for (const r of s.beats.opening!.responses) r.reply = byMood;
    });
    expect(withdraw(withReplies, initialState(withReplies)).history[0]!.reply).toBeNull();
  });

  it('changes nothing else about the turn, and replays the same every time', () => {
    const plain = fakeScenario();
    const replying = fakeScenario((s) => {
      for (const r of s.beats.opening!.responses) r.reply = byMood;
    });
    const events = [respondEvent('acknowledge', 1), respondEvent('offer', 2)];
    const a = replay(plain, events);
    const b = replay(replying, events);
    const withoutReply = (h: typeof a.history) => h.map(({ reply: _, ...rest }) => rest);
    expect(withoutReply(b.history)).toEqual(withoutReply(a.history));
    expect(b.history.map((t) => t.reply)).toEqual([byMood.default, null]);
    expect({ ...b, history: [] }).toEqual({ ...a, history: [] });
    expect(replay(replying, events)).toEqual(b);
    // The record holds a copy, never the scenario's own object.
    expect(b.history[0]!.reply).not.toBe(replying.beats.opening!.responses[0]!.reply);
  });
});
