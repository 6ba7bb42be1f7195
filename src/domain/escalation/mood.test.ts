import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOODS } from '../scenario/schema';
import { initialMood, moodMatchesTension, nextMood } from './mood';

describe('mood from tension', () => {
  it('starts calm, frustrated or aggressive by band', () => {
    expect(initialMood(10)).toBe('calm');
    expect(initialMood(40)).toBe('frustrated');
    expect(initialMood(70)).toBe('aggressive');
  });

  it('does not flicker: an aggressive customer stays aggressive between 60 and 69', () => {
    expect(nextMood('frustrated', 65)).toBe('frustrated');
    expect(nextMood('aggressive', 65)).toBe('aggressive');
    expect(nextMood('aggressive', 59)).toBe('frustrated');
  });

  it('only counts as de-escalated after being worked up and settling to 30 or below', () => {
    expect(nextMood('frustrated', 35)).toBe('frustrated');
    expect(nextMood('frustrated', 30)).toBe('de-escalated');
    expect(nextMood('aggressive', 20)).toBe('de-escalated');
    expect(nextMood('calm', 20)).toBe('calm');
    expect(nextMood('de-escalated', 45)).toBe('frustrated');
  });

  it('returns a de-escalated customer to calm once tension is back to baseline (10 or below)', () => {
    expect(nextMood('de-escalated', 11)).toBe('de-escalated');
    expect(nextMood('de-escalated', 10)).toBe('calm');
    expect(nextMood('frustrated', 5)).toBe('de-escalated');
  });

  it('always gives a mood the tension allows, from any mood', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MOODS), fc.integer({ min: 0, max: 100 }), (mood, tension) =>
        moodMatchesTension(nextMood(mood, tension), tension),
      ),
    );
  });
});
