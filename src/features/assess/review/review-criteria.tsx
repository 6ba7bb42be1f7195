// The criteria of the chosen unit as Defuse's scorer judged them from this simulation, with links
// to the turns cited: the evidence the assessor weighs, not the decision (that is theirs, below).
import type { Assessment } from '../../../domain/scoring/assessment-types';
import type { Framework } from '../../../domain/scoring/framework-schema';
import { CriteriaTable } from '../../debrief/criteria-table';
import { UnitSelect } from '../../debrief/unit-select';

interface ReviewCriteriaProps {
  options: readonly Framework[];
  assessment: Assessment;
  onChoose(frameworkId: string): void;
}

export function ReviewCriteria({ options, assessment, onChoose }: ReviewCriteriaProps) {
  return (
    <section className="criteria card" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">Criteria and the evidence cited</h2>
      <p>
        Defuse’s judgement of this simulation against each criterion, quoted as the unit gives it.
        The links go to the turns cited. It is evidence for your decision, not the decision.
      </p>
      <UnitSelect options={options} value={assessment.frameworkId} onChoose={onChoose} />
      <CriteriaTable assessment={assessment} />
    </section>
  );
}
