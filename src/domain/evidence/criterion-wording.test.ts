// Marker guidance ("Award credit for…") is the unit's wording; asked of the learner, it is what
// they do. Every other wording is left exactly as the unit gives it.
import { frameworks } from 'virtual:frameworks';
import { describe, expect, it } from 'vitest';
import { inLearnersTerms, isMarkerGuidance } from './criterion-wording';

describe('criterion wording', () => {
  it('turns marker guidance into what the learner is asked to do', () => {
    expect(
      inLearnersTerms(
        'Award credit for accurately listing and describing at least five distinct characteristics of difficult customers.',
      ),
    ).toBe(
      'Accurately list and describe at least five distinct characteristics of difficult customers.',
    );
    expect(
      inLearnersTerms('Credit for demonstrating the ability to break down a difficult situation'),
    ).toBe('Demonstrate the ability to break down a difficult situation');
    expect(
      inLearnersTerms('Award credit for selecting, applying and explaining two techniques'),
    ).toBe('Select, apply and explain two techniques');
  });

  it('keeps guidance that opens with an unknown verb readable, and everything else verbatim', () => {
    expect(inLearnersTerms('Credit for a clear plan of action')).toBe(
      'The unit asks for a clear plan of action',
    );
    const plain = 'State the limits of what they are allowed to do';
    expect(isMarkerGuidance(plain)).toBe(false);
    expect(inLearnersTerms(plain)).toBe(plain);
  });

  it('leaves no built-in criterion asked as marker guidance', () => {
    const guidance = frameworks.flatMap((f) => f.criteria).filter((c) => isMarkerGuidance(c.text));
    expect(guidance.length).toBeGreaterThan(0);
    for (const c of guidance) {
      const asked = inLearnersTerms(c.text);
      expect(asked, c.code).not.toMatch(/credit/i);
      expect(asked, c.code).not.toMatch(/^The unit asks for/);
      expect(asked.charAt(0), c.code).toMatch(/[A-Z]/);
    }
  });
});
