// The learner's choice of qualification unit on the debrief: the unit shown, named in full, and the
// scenario's other units as radio buttons in a section opened on demand, so a long unit name wraps on
// a phone instead of being cut off as it is in a select (the assessor's review keeps UnitSelect).
import { useId } from 'react';
import { Disclosure } from '../../components/disclosure';
import { unitLabel, type FrameworkEntry } from './assessment-frameworks';

interface UnitChoiceProps {
  options: readonly FrameworkEntry[];
  /** The framework id chosen. */
  value: string;
  onChoose(frameworkId: string): void;
}

export function UnitChoice({ options, value, onChoose }: UnitChoiceProps) {
  const name = useId();
  const shown = options.find((f) => f.id === value) ?? options[0]!;
  return (
    <div className="unit">
      <p className="unit-current">
        <strong>Qualification unit:</strong> {unitLabel(shown)}
      </p>
      {options.length > 1 && (
        <Disclosure
          title="Choose another unit"
          hint={`${options.length} units`}
          level={3}
          className="unit-disclosure"
        >
          <fieldset className="unit-choice">
            <legend>Qualification unit</legend>
            {options.map((f) => (
              <label key={f.id} className="unit-option">
                <input
                  type="radio"
                  name={name}
                  value={f.id}
                  checked={value === f.id}
                  onChange={() => onChoose(f.id)}
                />
                <span>{unitLabel(f)}</span>
              </label>
            ))}
          </fieldset>
        </Disclosure>
      )}
    </div>
  );
}
