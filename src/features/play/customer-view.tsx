// The customer panel: the figure (face to face) or handset (telephone), the cue, and in practice the
// mood in words. An assessment asks the learner to read the customer, so it shows the figure and the
// cue only: the cue is the words a screen-reader user reads the customer by in both modes.
import { memo } from 'react';
import type { Channel, Mood } from '../../domain/scenario/schema';
import { MOOD_LABEL } from '../../domain/escalation/mood';
import { CustomerFigure } from './customer-figure';
import { TelephoneFigure } from './telephone-figure';

interface CustomerViewProps {
  channel: Channel;
  mood: Mood;
  name: string;
  /** Body language, or tone of voice on the telephone; absent once the conversation has ended. */
  cue: string | undefined;
  /** Practice names the mood; an assessment does not. */
  showMood: boolean;
}

/** Memoised: it only changes with the mood or cue, not while a turn is being saved. */
export const CustomerView = memo(function CustomerView({
  channel,
  mood,
  name,
  cue,
  showMood,
}: CustomerViewProps) {
  const phone = channel === 'telephone';
  return (
    <div className="customer-view">
      {phone ? <TelephoneFigure mood={mood} /> : <CustomerFigure mood={mood} />}
      <p className="customer-name">{phone ? `${name}, on the phone` : name}</p>
      {/* The mood in words, announced politely when it changes (practice only). */}
      {showMood && (
        <p role="status" className={`mood-status mood-${mood}`}>
          <MoodIcon mood={mood} />
          Customer mood: {MOOD_LABEL[mood]}
        </p>
      )}
      {cue && (
        <div className="cue">
          <h2 className="cue-heading">{phone ? 'What you hear' : 'What you notice'}</h2>
          <p>{cue}</p>
        </div>
      )}
    </div>
  );
});

/** A shape per mood, so the status never relies on its colour alone. */
function MoodIcon({ mood }: { mood: Mood }) {
  const shape = {
    calm: <circle cx="8" cy="8" r="6" />,
    'de-escalated': (
      <path d="M2 9 Q8 15 14 9" fill="none" strokeWidth="2.5" stroke="currentColor" />
    ),
    frustrated: <rect x="2.5" y="2.5" width="11" height="11" rx="1" />,
    aggressive: <path d="M8 1.5 L15 14.5 H1 Z" />,
  }[mood];
  return (
    <svg
      className="mood-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="currentColor"
    >
      {shape}
    </svg>
  );
}
