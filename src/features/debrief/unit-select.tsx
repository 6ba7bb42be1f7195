// "Qualification unit": the picker of the units a scenario evidences, for the learner's criteria
// matrix and the assessor's review alike.
import { useId } from 'react';
import { unitLabel, type FrameworkEntry } from './assessment-frameworks';

interface UnitSelectProps {
  options: readonly FrameworkEntry[];
  value: string;
  onChoose(frameworkId: string): void;
}

export function UnitSelect({ options, value, onChoose }: UnitSelectProps) {
  const selectId = useId();
  return (
    <div className="field">
      <label htmlFor={selectId}>Qualification unit</label>
      <select id={selectId} value={value} onChange={(e) => onChoose(e.target.value)}>
        {options.map((f) => (
          <option key={f.id} value={f.id}>
            {unitLabel(f)}
          </option>
        ))}
      </select>
    </div>
  );
}
