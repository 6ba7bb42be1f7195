// Practice or assessment, as a radio group where each option's whole box is the target.
import type { SessionMode } from '../../domain/session/log-types';

const MODES: { mode: SessionMode; label: string; description: string }[] = [
  {
    mode: 'practice',
    label: 'Practice',
    description: 'Tension meter and hints shown. Replay from any turn afterwards.',
  },
  {
    mode: 'assessment',
    label: 'Assessment',
    description:
      'No meter and no hints: read the customer’s cues. No replay; the log is your evidence.',
  },
];

export function ModeChoice({
  value,
  onChange,
}: {
  value: SessionMode;
  onChange(mode: SessionMode): void;
}) {
  return (
    <fieldset className="mode-choice">
      <legend>Mode</legend>
      <div className="mode-options">
        {MODES.map(({ mode, label, description }) => (
          <label key={mode} className="mode-option">
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={value === mode}
              onChange={() => onChange(mode)}
              aria-labelledby={`mode-${mode}-label`}
              aria-describedby={`mode-${mode}-description`}
            />
            <span className="mode-text">
              <span id={`mode-${mode}-label`} className="mode-label">
                {label}
              </span>
              <span id={`mode-${mode}-description`} className="mode-description">
                {description}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
