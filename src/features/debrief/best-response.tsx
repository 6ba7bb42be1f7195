// The best response that was available at this moment and what it would have done, from the
// session's analysis (the engine, from the same state the learner answered in).
import { MOOD_LABEL } from '../../domain/escalation/mood';
import type { DebriefTurn } from './debrief-model';
import { TechniqueList } from './technique-list';
import { describeChange } from './turn-effect';

export function BestResponse({ item }: { item: DebriefTurn }) {
  const { turn, best, chosenIsBest } = item;
  const steppedBack = turn.responseId === null;
  if (steppedBack && turn.limitCrossed) {
    return (
      <div className="best best-chosen">
        <h4>Best response available</h4>
        <p>
          Stepping back was right here: the customer’s behaviour had reached the office’s limit.
        </p>
      </div>
    );
  }
  // Past the limit, the safe choice is to step back, whatever the best words would have been.
  const limitNote = !steppedBack && turn.limitCrossed && (
    <p className="best-limit">
      The customer’s behaviour had reached the office’s limit here. Stepping back and getting
      support (always on screen) was the safe choice; bringing in a colleague would also have been
      right.
    </p>
  );
  if (!best) return null;
  if (chosenIsBest) {
    return (
      <div className="best best-chosen">
        <h4>Best response available</h4>
        {limitNote}
        <p>
          <span aria-hidden="true">★ </span>You chose the best response available.
        </p>
      </div>
    );
  }
  return (
    <div className="best">
      <h4>Best response available</h4>
      {limitNote}
      {steppedBack && (
        <p>
          Stepping back is always allowed. Had you stayed, this was the best response available:
        </p>
      )}
      <blockquote>“{best.text}”</blockquote>
      <p>
        It would have taken tension from {turn.tensionBefore} to {best.tensionAfter} (
        {describeChange(turn.tensionBefore, best.tensionAfter)}), leaving the customer{' '}
        {MOOD_LABEL[best.moodAfter].toLowerCase()}. It shows:
      </p>
      <TechniqueList techniques={best.techniques} />
    </div>
  );
}
