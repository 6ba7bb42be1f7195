import { describe, expect, it } from 'vitest';
import { authorship } from '../reflection/authorship';
import { turnQuality } from './turn-quality';
import { authorshipSentence, MODE_EVIDENCE, orList, turnRefs, unitLabel } from './words';

describe('evidence words', () => {
  it('never calls a practice session evidence', () => {
    expect(MODE_EVIDENCE.practice).toBe('practice (not assessment evidence)');
    expect(MODE_EVIDENCE.practice).not.toMatch(/\bS\b|simulation evidence/);
    expect(MODE_EVIDENCE.assessment).toBe('assessment (simulation evidence, S)');
  });

  it('cites turns as records do', () => {
    expect(turnRefs([])).toBe('');
    expect(turnRefs([3])).toBe('turn 3');
    expect(turnRefs([2, 4])).toBe('turns 2, 4');
    expect(orList(['a', 'b', 'c'])).toBe('a, b or c');
  });

  it('names a unit with its code when it has one', () => {
    expect(unitLabel({ qualification: 'Q', unit: { code: '7', title: 'T' } })).toBe('Q — 7 T');
    expect(unitLabel({ qualification: 'Q', unit: { title: 'T' } })).toBe('Q — T');
  });

  it('never rounds a share of own words to all or none when it is not', () => {
    const almost = authorship('one', `${'word '.repeat(300)}one`);
    expect(almost.ownWords).toBe(300);
    expect(authorshipSentence(almost)).toBe(
      '99% of this account is in the learner’s own words (300 of 301 words)',
    );
    expect(authorshipSentence(authorship('a b', 'a b'), 'your')).toBe(
      '0% of this account is in your own words (0 of 2 words)',
    );
  });

  it('calls a response good, poor or mixed by its techniques', () => {
    expect(turnQuality(['empathy'])).toBe('good');
    expect(turnQuality(['quoting-rules', 'dismissing'])).toBe('poor');
    expect(turnQuality(['empathy', 'over-promising'])).toBe('mixed');
  });
});
