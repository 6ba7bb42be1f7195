// Practice mode's tension meter, with the points where the customer's mood tends to change marked.
import { AGGRESSIVE_AT, FRUSTRATED_AT, TENSION_MAX } from '../../domain/escalation/mood';

export function TensionMeter({ value }: { value: number }) {
  const text = `Tension ${value} of ${TENSION_MAX}`;
  return (
    <div className="tension">
      <p className="tension-text" aria-hidden="true">
        {text}
      </p>
      <div
        role="meter"
        aria-label="Tension"
        aria-valuemin={0}
        aria-valuemax={TENSION_MAX}
        aria-valuenow={value}
        aria-valuetext={text}
        className="tension-track"
      >
        <div className="tension-fill" style={{ width: `${value}%` }} />
        <span className="tension-mark" style={{ left: `${FRUSTRATED_AT}%` }} />
        <span className="tension-mark" style={{ left: `${AGGRESSIVE_AT}%` }} />
      </div>
      <p className="tension-scale" aria-hidden="true">
        <span>Calm</span>
        <span>Frustrated</span>
        <span>Aggressive</span>
      </p>
    </div>
  );
}
