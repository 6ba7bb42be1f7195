// How much of the account is the learner's own words. As GOV.UK's character count does, the visible
// figure follows every keystroke while screen readers hear it only once typing pauses.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { authorshipSentence } from '../../domain/evidence/words';
import { authorship, type Authorship } from '../../domain/reflection/authorship';

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
  const deferred = useDeferredValue(text);
  const sentence = useMemo(() => shareSentence(authorship(draft, deferred)), [draft, deferred]);
  const announced = useSettled(sentence, ANNOUNCE_AFTER_MS);
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
