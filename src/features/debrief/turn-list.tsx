// Turn by turn: every exchange with its techniques, effect, feedback and the best alternative.
import { memo } from 'react';
import type { DebriefTurn } from './debrief-model';
import { TurnItem } from './turn-item';

interface TurnListProps {
  turns: readonly DebriefTurn[];
  customerName: string;
  onReplay: ((turn: number) => void) | undefined;
}

/** Memoised: typing and saving the account below it re-render the debrief, never the turns. */
export const TurnList = memo(function TurnList({ turns, customerName, onReplay }: TurnListProps) {
  return (
    <section className="debrief-turns" aria-labelledby="turns-heading">
      <h2 id="turns-heading">Turn by turn</h2>
      {turns.length === 0 ? (
        <p>No turns were taken.</p>
      ) : (
        <ol className="turn-list">
          {turns.map((t) => (
            <TurnItem key={t.turn.turn} item={t} customerName={customerName} onReplay={onReplay} />
          ))}
        </ol>
      )}
    </section>
  );
});
