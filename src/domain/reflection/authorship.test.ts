// How much of the final account is the learner's own words.
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { scoreSession } from '../scoring/score-session';
import { frameworkSchema } from '../scoring/framework-schema';
import { fakeScenario } from '../../test-util/fake-scenario';
import { session } from '../../test-util/sessions';
import { authorship, countWords } from './authorship';
import { draftReflection } from './draft-reflection';
import { toPlainText } from './plain-text';

const fake = fakeScenario();
const framework = frameworkSchema.parse({
  format: 1,
  id: 'unit',
  qualification: 'Q',
  level: 2,
  unit: { title: 'Unit' },
  source: 'shared/seeds/x.txt',
  criteria: [{ code: '1.1', text: 'Describe something', evidence: 'knowledge' }],
});
const draft = toPlainText(
  draftReflection(scoreSession(fake, session(['rules', 'promise', 'argue']), framework), fake),
);
/** Words that never occur in a generated draft. */
const ownWord = fc.stringMatching(/^[qxz]{3,8}$/).map((w) => `zz${w}`);

describe('authorship', () => {
  it('counts words as runs of letters or digits, an inner apostrophe keeping one word', () => {
    expect(countWords('I didn’t say “calm down” (turn 2).')).toBe(7);
    expect(countWords('  ')).toBe(0);
  });

  it('an unedited draft is none of the learner’s own words', () => {
    const a = authorship(draft, draft);
    expect(a).toEqual({
      ownWords: 0,
      draftWords: countWords(draft),
      totalWords: countWords(draft),
      ownShare: 0,
    });
  });

  it('text that replaces the draft entirely is all the learner’s own', () => {
    fc.assert(
      fc.property(fc.array(ownWord, { minLength: 1, maxLength: 60 }), (words) => {
        const a = authorship(draft, words.join(' '));
        expect(a).toEqual({
          ownWords: words.length,
          draftWords: 0,
          totalWords: words.length,
          ownShare: 1,
        });
      }),
    );
  });

  it('counts added words as the learner’s, kept words as the draft’s, and ignores deleted words', () => {
    const a = authorship(
      'I said calm down to her.',
      'I said sorry, I can see this is hard, to her.',
    );
    // Kept: I, said, to, her. Added: sorry, I, can, see, this, is, hard.
    expect(a).toEqual({ ownWords: 7, draftWords: 4, totalWords: 11, ownShare: 7 / 11 });
  });

  it('filling in a prompt raises the share by exactly the words written', () => {
    const answer = 'zzfelt zzworried zzat zzfirst';
    const filled = draft.replace(
      /\[Your words: How did you feel when Sam first spoke to you[^\]]*\]/,
      answer,
    );
    expect(filled).not.toBe(draft);
    const a = authorship(draft, filled);
    expect(a.ownWords).toBe(4);
    expect(a.totalWords).toBe(countWords(filled));
  });

  it('always splits the final text’s words between learner and draft, with a share in 0..1', () => {
    const edit = fc.tuple(
      fc.nat({ max: draft.length }),
      fc.nat({ max: 80 }),
      fc.array(ownWord, { maxLength: 10 }),
    );
    fc.assert(
      fc.property(edit, ([at, cut, words]) => {
        const final = `${draft.slice(0, at)} ${words.join(' ')} ${draft.slice(at + cut)}`;
        const a = authorship(draft, final);
        expect(a.ownWords + a.draftWords).toBe(a.totalWords);
        expect(a.totalWords).toBe(countWords(final));
        expect(a.ownWords).toBeGreaterThanOrEqual(words.length);
        expect(a.ownShare).toBeGreaterThanOrEqual(0);
        expect(a.ownShare).toBeLessThanOrEqual(1);
      }),
      { numRuns: 50 },
    );
  });
});
