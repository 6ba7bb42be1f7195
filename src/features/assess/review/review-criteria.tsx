// The criteria of the chosen unit as Defuse's scorer judged them from this simulation, with links
// to the turns cited: the evidence the assessor weighs, not the decision (that is theirs, below).
import { useId } from 'react';
import type { Assessment } from '../../../domain/scoring/assessment-types';
import type { Framework } from '../../../domain/scoring/framework-schema';
import { unitLabel } from '../../debrief/assessment-frameworks';
import { CriteriaTable } from '../../debrief/criteria-table';

interface ReviewCriteriaProps {
  options: readonly Framework[];
  assessment: Assessment;
  onChoose(frameworkId: string): void;
}

export function ReviewCriteria({ options, assessment, onChoose }: ReviewCriteriaProps) {
  const selectId = useId();
  return (
    <section className="criteria card" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">Criteria and the evidence cited</h2>
      <p>
        Defuse’s judgement of this simulation against each criterion, quoted as the unit gives it.
        The links go to the turns cited. It is evidence for your decision, not the decision.
      </p>
      <div className="field">
        <label htmlFor={selectId}>Qualification unit</label>
        <select
          id={selectId}
          value={assessment.frameworkId}
          onChange={(e) => onChoose(e.target.value)}
        >
          {options.map((f) => (
            <option key={f.id} value={f.id}>
              {unitLabel(f)}
            </option>
          ))}
        </select>
      </div>
      <CriteriaTable assessment={assessment} />
    </section>
  );
}
