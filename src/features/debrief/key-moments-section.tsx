// "Key moments": the turns that changed the conversation most (key-moments.ts), each with what the
// learner said, what it did and what would have worked better, and a link to the turn in full.
import { useContext, type MouseEvent } from 'react';
import { MOOD_LABEL } from '../../domain/escalation/mood';
import { QUALITY_LABEL } from './chart-marker';
import { jumpToTurn, turnAnchor } from './criteria-jump';
import type { DebriefTurn } from './debrief-model';
import { DebriefNavContext } from './debrief-nav';
import { keyMoments } from './key-moments';
import { describeChange } from './turn-effect';

const LIMIT_NOTE =
  'The customer’s behaviour had reached the office’s limit here: stepping back and getting support was the safe choice.';

/** What would have worked better at this moment, in a sentence or two. */
function Better({ item }: { item: DebriefTurn }) {
  const { turn, best, chosenIsBest } = item;
  const steppedBack = turn.responseId === null;
  if (steppedBack && turn.limitCrossed)
    return (
      <p className="moment-better moment-right">
        Stepping back was right here: the customer’s behaviour had reached the office’s limit.
      </p>
    );
  const limit = !steppedBack && turn.limitCrossed && <p className="moment-better">{LIMIT_NOTE}</p>;
  if (!best) return limit || null;
  if (chosenIsBest)
    return (
      <>
        <p className="moment-better moment-right">
          <span aria-hidden="true">★ </span>The best response available at this moment.
        </p>
        {limit}
      </>
    );
  return (
    <>
      {limit}
      <p className="moment-better">
        <strong>
          {steppedBack
            ? 'Had you stayed, this would have worked:'
            : 'What would have worked better:'}
        </strong>{' '}
        “{best.text}” It would have taken tension to {best.tensionAfter} (
        {describeChange(turn.tensionBefore, best.tensionAfter)}), leaving the customer{' '}
        {MOOD_LABEL[best.moodAfter].toLowerCase()}.
      </p>
    </>
  );
}

function Moment({ item }: { item: DebriefTurn }) {
  const nav = useContext(DebriefNavContext);
  const { turn, quality } = item;
  const linkId = `moment-${turn.turn}-link`;
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!nav) return jumpToTurn(turn.turn)(e);
    e.preventDefault();
    nav.jumpToTurn(turn.turn, { id: linkId, section: null, back: 'Back to the key moments' });
  };
  const moodChanged = turn.moodAfter !== turn.moodBefore;
  return (
    <li className={`moment turn-${quality}`}>
      <h3>
        Turn {turn.turn}{' '}
        <span className={`turn-quality quality-${quality}`}>{QUALITY_LABEL[quality]}</span>
      </h3>
      <p className="moment-said">
        <span className="turn-speaker">You said</span>“{turn.text}”
      </p>
      <p className="moment-effect">
        Tension {turn.tensionBefore} → {turn.tensionAfter} (
        {describeChange(turn.tensionBefore, turn.tensionAfter)})
        {moodChanged
          ? `; the customer went from ${MOOD_LABEL[turn.moodBefore].toLowerCase()} to ${MOOD_LABEL[turn.moodAfter].toLowerCase()}.`
          : '.'}
      </p>
      <Better item={item} />
      <a id={linkId} className="moment-link" href={`#${turnAnchor(turn.turn)}`} onClick={open}>
        Turn {turn.turn} in full
      </a>
    </li>
  );
}

export function KeyMomentsSection({ turns }: { turns: readonly DebriefTurn[] }) {
  const moments = keyMoments(turns);
  if (moments.length === 0) return null;
  return (
    <section className="key-moments card" aria-labelledby="moments-heading">
      <h2 id="moments-heading">Key moments</h2>
      <p className="moments-intro">
        {moments.length === turns.length
          ? 'Each of your turns, and what would have worked better.'
          : `The ${moments.length} turns that changed the conversation most, and what would have worked better.`}
      </p>
      <ol className="moments">
        {moments.map((m) => (
          <Moment key={m.turn.turn} item={m} />
        ))}
      </ol>
    </section>
  );
}
