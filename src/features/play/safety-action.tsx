// "Step back and get support": on screen at every turn, apart from the responses, and asked once
// before it ends the conversation. The question opens in place (no modal, so focus is never held):
// focus goes to "Yes", so Enter then Enter ends it; "No" or Escape closes it and focus returns to
// the button. The parent keys it by turn, so a question left open never carries over to the next.
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

function ShieldIcon() {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d="M10 1.5 L17 4.5 V9.5 C17 14 14 17 10 18.5 C6 17 3 14 3 9.5 V4.5 Z"
        fill="currentColor"
      />
    </svg>
  );
}

export function SafetyAction({ busy, onWithdraw }: { busy: boolean; onWithdraw(): void }) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  // Where focus goes when the question opens or closes; only after a press, never on first render.
  const moveFocus = useRef(false);

  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (asking ? yes : opener).current?.focus();
  }, [asking]);

  const ask = (open: boolean) => {
    moveFocus.current = true;
    setAsking(open);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    ask(false);
  };

  return (
    <section className="safety" aria-labelledby="safety-heading">
      <h2 id="safety-heading" className="safety-heading">
        If you need to stop
      </h2>
      {asking ? (
        <div
          role="group"
          aria-labelledby={questionId}
          className="safety-confirm"
          onKeyDown={onKeyDown}
        >
          <p id={questionId} className="safety-question">
            End the conversation and get support?
          </p>
          <div className="safety-choices">
            <button
              ref={yes}
              type="button"
              className="safety-button"
              aria-disabled={busy || undefined}
              onClick={() => !busy && onWithdraw()}
            >
              <ShieldIcon />
              Yes, end it and get support
            </button>
            <button
              type="button"
              className="button button-secondary"
              aria-disabled={busy || undefined}
              onClick={() => !busy && ask(false)}
            >
              No, carry on
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={opener}
          type="button"
          className="safety-button"
          aria-disabled={busy || undefined}
          aria-describedby="safety-help"
          onClick={() => !busy && ask(true)}
        >
          <ShieldIcon />
          Step back and get support
        </button>
      )}
      <p id="safety-help" className="safety-help">
        Always available. Use it if you feel unsafe or behaviour crosses the line: a colleague takes
        over and the conversation ends.
      </p>
    </section>
  );
}
