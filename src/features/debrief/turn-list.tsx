// "Turn by turn": every exchange with its techniques, effect, feedback and the best alternative,
// opened when the learner wants the detail (or follows a link to a turn).
import { memo, useContext } from 'react';
import { Disclosure } from '../../components/disclosure';
import type { DebriefTurn } from './debrief-model';
import { DebriefNavContext } from './debrief-nav';
import { TurnItem } from './turn-item';

interface TurnListProps {
  turns: readonly DebriefTurn[];
  customerName: string;
  onReplay: ((turn: number) => void) | undefined;
}

/** Memoised: typing and saving the account below it re-render the debrief, never the turns. */
export const TurnList = memo(function TurnList({ turns, customerName, onReplay }: TurnListProps) {
  const nav = useContext(DebriefNavContext);
  return (
    <Disclosure
      title="Turn by turn"
      hint={`${turns.length} ${turns.length === 1 ? 'turn' : 'turns'}, with what each did and the best response available`}
      className="debrief-turns"
      open={nav?.isOpen('turns')}
      onToggle={(open) => nav?.setOpen('turns', open)}
    >
      {turns.length === 0 ? (
        <p>No turns were taken.</p>
      ) : (
        <ol className="turn-list">
          {turns.map((t) => (
            <TurnItem key={t.turn.turn} item={t} customerName={customerName} onReplay={onReplay} />
          ))}
        </ol>
      )}
    </Disclosure>
  );
});
