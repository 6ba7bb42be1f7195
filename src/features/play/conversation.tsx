// The conversation so far, as plain React text. The current customer line takes focus after each turn
// (tabIndex -1: focusable by script, not a tab stop), so keyboard and screen-reader users land on it.
// A customer's reply to a turn follows the learner's line, before the next beat's line.
import { memo, type Ref } from 'react';
import type { TurnRecord } from '../../domain/escalation/types';

interface ConversationProps {
  customerName: string;
  history: readonly TurnRecord[];
  /** The line the customer is saying now; absent once the conversation has ended. */
  current: string | undefined;
  /** The learner's chosen line while it is being saved, shown at once so the screen answers the tap. */
  pending: string | null;
  currentRef: Ref<HTMLLIElement>;
}

/** Memoised: a re-render of the screen for storage's sake leaves the conversation alone. */
export const Conversation = memo(function Conversation({
  customerName,
  history,
  current,
  pending,
  currentRef,
}: ConversationProps) {
  return (
    <ol aria-label="Conversation" className="conversation">
      {history.map((t) => [
        <CustomerLine key={`c${t.turn}`} name={customerName} text={t.customerLine} />,
        <LearnerLine key={`l${t.turn}`} text={t.text} />,
        t.reply && <CustomerLine key={`r${t.turn}`} name={customerName} text={t.reply.line} />,
      ])}
      {current !== undefined && (
        <CustomerLine
          key={`c${history.length + 1}`}
          name={customerName}
          text={current}
          lineRef={currentRef}
        />
      )}
      {pending !== null && <LearnerLine key={`l${history.length + 1}`} text={pending} pending />}
    </ol>
  );
});

// Lines are memoised: while a turn is saving only the pending line is new.
const CustomerLine = memo(function CustomerLine({
  name,
  text,
  lineRef,
}: {
  name: string;
  text: string;
  lineRef?: Ref<HTMLLIElement> | undefined;
}) {
  return (
    <li className="line line-customer" ref={lineRef} tabIndex={lineRef ? -1 : undefined}>
      <span className="line-speaker">{name}</span>
      <span className="line-text">{text}</span>
    </li>
  );
});

const LearnerLine = memo(function LearnerLine({
  text,
  pending = false,
}: {
  text: string;
  pending?: boolean;
}) {
  return (
    <li className={pending ? 'line line-learner line-pending' : 'line line-learner'}>
      <span className="line-speaker">You</span>
      <span className="line-text">{text}</span>
    </li>
  );
});
