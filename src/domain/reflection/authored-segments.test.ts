// The account split into the learner's own words and the words kept from the draft, for showing them
// apart: the runs rebuild the text exactly and agree with the authorship count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authoredSegments, authorship, countWords } from './authorship';

const DRAFT = 'In this session I spoke with a customer. [Your words: what you noticed]';

describe('authoredSegments', () => {
  it('marks the words kept from the draft and the learner’s own', () => {
    const text = 'In this session I spoke with a customer. Her voice rose, so I listened again.';
    expect(authoredSegments(DRAFT, text)).toEqual([
      { text: 'In this session I spoke with a customer. ', own: false },
      { text: 'Her voice rose, so I listened again.', own: true },
    ]);
  });

  it('is empty for an empty account, and one draft run for an untouched draft', () => {
    expect(authoredSegments(DRAFT, '')).toEqual([]);
    expect(authoredSegments(DRAFT, DRAFT)).toEqual([{ text: DRAFT, own: false }]);
  });

  it('rebuilds the text exactly and counts the same own words as authorship()', () => {
    const word = fc.constantFrom(
      'In',
      'this',
      'session',
      'customer',
      'zqx',
      'listened',
      'I',
      '—',
      '\n\n',
    );
    const textArb = fc.array(word, { maxLength: 40 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(textArb, textArb, (draft, text) => {
        const segments = authoredSegments(draft, text);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        const own = segments.filter((s) => s.own).reduce((n, s) => n + countWords(s.text), 0);
        expect(own).toBe(authorship(draft, text).ownWords);
        // Runs alternate: two neighbours are never of the same kind.
        for (let i = 1; i < segments.length; i++)
          expect(segments[i]!.own).not.toBe(segments[i - 1]!.own);
      }),
      { numRuns: 200 },
    );
  });
});
