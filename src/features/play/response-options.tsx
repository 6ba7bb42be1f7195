// The learner's options: only what they would say (techniques are revealed in the debrief, so labels
// cannot be gamed). While a turn is being saved the buttons are aria-disabled rather than disabled,
// so the focused button keeps focus instead of dropping it.
import type { Ref } from 'react';
import type { Response } from '../../domain/scenario/schema';

interface ResponseOptionsProps {
  responses: readonly Response[];
  busy: boolean;
  onRespond(response: Response): void;
  /** The group, so the screen can keep its first option in view after each turn. */
  groupRef?: Ref<HTMLDivElement>;
}

export function ResponseOptions({ responses, busy, onRespond, groupRef }: ResponseOptionsProps) {
  return (
    <div role="group" aria-labelledby="responses-heading" className="responses" ref={groupRef}>
      <h2 id="responses-heading">Your response</h2>
      {responses.map((r) => (
        <button
          key={r.id}
          type="button"
          className="response"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onRespond(r)}
        >
          {r.text}
        </button>
      ))}
    </div>
  );
}
