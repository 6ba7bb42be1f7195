// A curveball: nudge tension up or down, with the reason the class will be told ("the queue behind
// them starts complaining"). It is recorded as a tutor override with that reason, never silently.
import { useId, useState, type FormEvent, type Ref } from 'react';

/** Nudges offered, in tension points. */
export const NUDGES = [-15, -10, -5, 5, 10, 15] as const;
const SUGGESTIONS = [
  'The queue behind them starts complaining',
  'Their phone rings with more bad news',
  'A colleague walks past without stopping',
  'A manager arrives and listens in',
  'They find the letter they were looking for',
];

interface CurveballFormProps {
  active: boolean;
  tension: number;
  reasonRef: Ref<HTMLInputElement>;
  onThrow(delta: number, reason: string): void;
}

export function CurveballForm({ active, tension, reasonRef, onThrow }: CurveballFormProps) {
  const id = useId();
  const [delta, setDelta] = useState(10);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!active) return;
    if (reason.trim() === '') {
      setProblem('Say what happens: the reason is recorded and shown to the class.');
      return;
    }
    setProblem(null);
    onThrow(delta, reason.trim());
    setReason('');
  };
  const after = Math.min(100, Math.max(0, tension + delta));
  return (
    <form className="tutor-card tutor-curveball" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Curveball</h2>
      <div className="tutor-field">
        <label htmlFor={`${id}-delta`}>Nudge tension</label>
        <select id={`${id}-delta`} value={delta} onChange={(e) => setDelta(Number(e.target.value))}>
          {NUDGES.map((n) => (
            <option key={n} value={n}>
              {n > 0 ? `Up ${n}` : `Down ${-n}`}
            </option>
          ))}
        </select>
        <span className="field-hint">
          {tension} → {after}
        </span>
      </div>
      <div className="tutor-field">
        <label htmlFor={`${id}-reason`}>What happens (shown to the class)</label>
        <input
          id={`${id}-reason`}
          ref={reasonRef}
          type="text"
          list={`${id}-ideas`}
          value={reason}
          aria-keyshortcuts="B"
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        <datalist id={`${id}-ideas`}>
          {SUGGESTIONS.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        {problem && (
          <p id={`${id}-problem`} className="tutor-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <button
        type="submit"
        className="button button-secondary"
        aria-disabled={!active || undefined}
      >
        Throw the curveball
      </button>
    </form>
  );
}
