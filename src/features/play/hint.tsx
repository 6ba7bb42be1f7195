// Practice mode's "Show a hint": hidden until asked for, and hidden again on the next turn (the
// parent keys it by turn).
import { useId, useState } from 'react';

export function Hint({ text }: { text: string | undefined }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!text) return null;
  return (
    <div className="hint">
      <button
        type="button"
        className="button button-secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        Show a hint
      </button>
      <p id={id} className="hint-text" hidden={!open}>
        <strong>Hint: </strong>
        {text}
      </p>
    </div>
  );
}
