// "Assessment criteria": the learner picks one of the scenario's qualification units and sees every
// criterion of it judged against this session, with evidence links into the transcript.
import { memo, useId } from 'react';
import type { Assessment } from '../../domain/scoring/assessment-types';
import { unitLabel, type FrameworkEntry } from './assessment-frameworks';
import { CriteriaSummary } from './criteria-summary';
import { CriteriaTable } from './criteria-table';
import './assessment.css';

interface CriteriaMatrixProps {
  options: readonly FrameworkEntry[];
  /** The unit chosen in the list (its criteria may still be loading). */
  chosenId: string;
  assessment: Assessment;
  onChoose(frameworkId: string): void;
  /** A practice session: the summary never calls it evidence. */
  practice: boolean;
}

/** Memoised: it changes with the unit chosen, not with every key typed in the account below. */
export const CriteriaMatrix = memo(function CriteriaMatrix({
  options,
  chosenId,
  assessment,
  onChoose,
  practice,
}: CriteriaMatrixProps) {
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
        <select id={selectId} value={chosenId} onChange={(e) => onChoose(e.target.value)}>
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
});
