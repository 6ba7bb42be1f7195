// Rewind to turn N: a new branch that keeps the turns before N and takes turn N again, to explore the
// road not taken. The branch this one came from is kept as it is.
import { useId, useState, type FormEvent, type Ref } from 'react';

interface RewindFormProps {
  /** Turns taken in this branch: the ones that can be taken again. */
  turns: number;
  active: boolean;
  turnRef: Ref<HTMLSelectElement>;
  onRewind(turn: number): void;
}

export function RewindForm({ turns, active, turnRef, onRewind }: RewindFormProps) {
  const id = useId();
  const [chosen, setChosen] = useState<number | null>(null);
  const turn = chosen !== null && chosen <= turns ? chosen : turns;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (active && turn >= 1) onRewind(turn);
  };
  return (
    <form className="tutor-card tutor-rewind" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Rewind</h2>
      {turns === 0 ? (
        <p className="tutor-none">No turns taken yet in this branch.</p>
      ) : (
        <>
          <div className="tutor-field">
            <label htmlFor={`${id}-turn`}>Take this turn again</label>
            <select
              id={`${id}-turn`}
              ref={turnRef}
              value={turn}
              aria-keyshortcuts="W"
              onChange={(e) => setChosen(Number(e.target.value))}
            >
              {Array.from({ length: turns }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  Turn {n}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="button button-secondary"
            aria-disabled={!active || undefined}
          >
            Rewind to turn {turn}
          </button>
          <p className="field-hint">A new branch: this one is kept as it is.</p>
        </>
      )}
    </form>
  );
}
