// "Assessment criteria": the learner picks one of the scenario's qualification units and sees every
// criterion of it judged against this session, with evidence links into the transcript.
import { useId } from 'react';
import type { Assessment } from '../../domain/scoring/assessment-types';
import type { Framework } from '../../domain/scoring/framework-schema';
import { unitLabel } from './assessment-frameworks';
import { CriteriaSummary } from './criteria-summary';
import { CriteriaTable } from './criteria-table';
import './assessment.css';

interface CriteriaMatrixProps {
  options: readonly Framework[];
  assessment: Assessment;
  onChoose(frameworkId: string): void;
  /** A practice session: the summary never calls it evidence. */
  practice: boolean;
}

export function CriteriaMatrix({ options, assessment, onChoose, practice }: CriteriaMatrixProps) {
  const selectId = useId();
  return (
    <section className="criteria card" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">Assessment criteria</h2>
      <p>
        How this session counts as evidence towards a qualification unit. Each criterion is quoted
        as the unit gives it.
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
      <CriteriaSummary assessment={assessment} practice={practice} />
      <CriteriaTable assessment={assessment} />
    </section>
  );
}
