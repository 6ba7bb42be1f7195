// One turn of the debrief. Its id (turn-N) is the anchor that other sections (the criteria matrix)
// link evidence to.
import { useContext } from 'react';
import { BestResponse } from './best-response';
import { QUALITY_LABEL } from './chart-marker';
import type { DebriefTurn } from './debrief-model';
import { DebriefNavContext } from './debrief-nav';
import { TechniqueList } from './technique-list';
import { TurnEffect } from './turn-effect';
import { TurnExchange } from './turn-exchange';

interface TurnItemProps {
  item: DebriefTurn;
  customerName: string;
  /** Present in practice mode only: start a new session from just before this turn. */
  onReplay: ((turn: number) => void) | undefined;
}

export function TurnItem({ item, customerName, onReplay }: TurnItemProps) {
  const { turn, feedback, quality } = item;
  const nav = useContext(DebriefNavContext);
  const cameFrom = nav?.cameFrom?.turn === turn.turn ? nav.cameFrom : null;
  return (
    <li id={`turn-${turn.turn}`} className={`turn card turn-${quality}`} tabIndex={-1}>
      <h3>
        Turn {turn.turn}{' '}
        <span className={`turn-quality quality-${quality}`}>{QUALITY_LABEL[quality]}</span>
      </h3>
      {cameFrom && (
        <p className="turn-back">
          <a
            href={location.hash}
            onClick={(e) => {
              e.preventDefault();
              nav?.goBack();
            }}
          >
            {cameFrom.origin.back}
          </a>
        </p>
      )}
      <TurnExchange
        customerName={customerName}
        moodBefore={turn.moodBefore}
        customerLine={turn.customerLine}
        customerCue={turn.customerCue}
        text={turn.text}
        reply={turn.reply}
        learner="You said"
      />
      <h4>Techniques it showed</h4>
      <TechniqueList techniques={turn.effect.techniques} />
      <TurnEffect turn={turn} />
      {feedback && (
        <div className="turn-feedback">
          <h4>Feedback</h4>
          <p>{feedback.why}</p>
          <p>{feedback.consequence}</p>
        </div>
      )}
      <BestResponse item={item} />
      {onReplay && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onReplay(turn.turn)}
        >
          Replay from turn {turn.turn}
        </button>
      )}
    </li>
  );
}
