// The learner's options: only what they would say (techniques are revealed in the debrief, so labels
// cannot be gamed), and the always-available safety action. While a turn is being saved the buttons
// are aria-disabled rather than disabled, so the focused button keeps focus instead of dropping it.
import type { Response } from '../../domain/scenario/schema';

interface ResponseOptionsProps {
  responses: readonly Response[];
  busy: boolean;
  onRespond(response: Response): void;
}

export function ResponseOptions({ responses, busy, onRespond }: ResponseOptionsProps) {
  return (
    <div role="group" aria-labelledby="responses-heading" className="responses">
      <h2 id="responses-heading">Your response</h2>
      {responses.map((r) => (
        <button
          key={r.id}
          type="button"
          className="response"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onRespond(r)}
        >
          {r.text}
        </button>
      ))}
    </div>
  );
}

export function SafetyAction({ busy, onWithdraw }: { busy: boolean; onWithdraw(): void }) {
  return (
    <div className="safety">
      <button
        type="button"
        className="safety-button"
        aria-disabled={busy || undefined}
        aria-describedby="safety-help"
        onClick={() => !busy && onWithdraw()}
      >
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            d="M10 1.5 L17 4.5 V9.5 C17 14 14 17 10 18.5 C6 17 3 14 3 9.5 V4.5 Z"
            fill="currentColor"
          />
        </svg>
        Step back and get support
      </button>
      <p id="safety-help" className="safety-help">
        Always available. Use it if you feel unsafe or behaviour crosses the line: a colleague takes
        over and the conversation ends.
      </p>
    </div>
  );
}
