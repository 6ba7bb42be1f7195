// How much of the account is the learner's own words. As GOV.UK's character count does, the visible
// figure follows the text while screen readers hear it only once typing pauses. It is counted after
// each pause, off the keystroke path (use-authorship.ts), so a long account never slows typing.
import { useEffect, useState } from 'react';
import { authorshipSentence } from '../../domain/evidence/words';
import type { Authorship } from '../../domain/reflection/authorship';
import { useAuthorship } from './use-authorship';

/** "62% of this account is in your own words (310 of 500 words)" */
export const shareSentence = (a: Authorship): string => authorshipSentence(a, 'your');

const ANNOUNCE_AFTER_MS = 1000;

function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function AuthorshipShare({ draft, text }: { draft: string; text: string }) {
  const share = useAuthorship(draft, text);
  const sentence = share ? shareSentence(share) : 'Counting your own words…';
  const announced = useSettled(share ? sentence : '', ANNOUNCE_AFTER_MS);
  return (
    <>
      <p className="authorship" aria-hidden="true">
        {sentence}
      </p>
      <p role="status" className="visually-hidden">
        {announced}
      </p>
    </>
  );
}
