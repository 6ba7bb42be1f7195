// "Assessment criteria": the learner picks one of the scenario's qualification units and sees every
// criterion of it judged against this session, with evidence links into the transcript.
import type { Assessment } from '../../domain/scoring/assessment-types';
import type { Framework } from '../../domain/scoring/framework-schema';
import { CriteriaSummary } from './criteria-summary';
import { CriteriaTable } from './criteria-table';
import { UnitSelect } from './unit-select';
import './assessment.css';

interface CriteriaMatrixProps {
  options: readonly Framework[];
  assessment: Assessment;
  onChoose(frameworkId: string): void;
  /** A practice session: the summary never calls it evidence. */
  practice: boolean;
}

export function CriteriaMatrix({ options, assessment, onChoose, practice }: CriteriaMatrixProps) {
  return (
    <section className="criteria card" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">Assessment criteria</h2>
      <p>
        How this session counts as evidence towards a qualification unit. Each criterion is quoted
        as the unit gives it.
      </p>
      <UnitSelect options={options} value={assessment.frameworkId} onChoose={onChoose} />
      <CriteriaSummary assessment={assessment} practice={practice} />
      <CriteriaTable assessment={assessment} />
    </section>
  );
}
