// One exchange of the conversation as the debrief and the assessor's review show it: what the
// customer said (with their mood) and showed, what the learner said, and the customer's reply.
import { MOOD_LABEL } from '../../domain/escalation/mood';
import type { Mood } from '../../domain/scenario/vocabulary';

interface TurnExchangeProps {
  customerName: string;
  moodBefore: Mood;
  customerLine: string;
  customerCue: string;
  text: string;
  reply: { line: string; cue: string } | null;
  /** Who the learner is to the reader: "You said" in the debrief, "Learner" for an assessor. */
  learner: string;
}

export function TurnExchange(p: TurnExchangeProps) {
  return (
    <div className="turn-exchange">
      <p className="turn-line">
        <span className="turn-speaker">
          {p.customerName} ({MOOD_LABEL[p.moodBefore].toLowerCase()})
        </span>
        “{p.customerLine}”
      </p>
      <p className="turn-cue">{p.customerCue}</p>
      <p className="turn-line turn-line-learner">
        <span className="turn-speaker">{p.learner}</span>“{p.text}”
      </p>
      {p.reply && (
        <>
          <p className="turn-line turn-line-reply">
            <span className="turn-speaker">{p.customerName} replied</span>“{p.reply.line}”
          </p>
          <p className="turn-cue">{p.reply.cue}</p>
        </>
      )}
    </div>
  );
}
