// The criteria of the chosen unit as Defuse's scorer judged them from this simulation, with links
// to the turns cited: the evidence the assessor weighs, not the decision (that is theirs, below).
import type { Assessment } from '../../../domain/scoring/assessment-types';
import type { FrameworkEntry } from '../../debrief/assessment-frameworks';
import { CriteriaTable } from '../../debrief/criteria-table';
import { UnitSelect } from '../../debrief/unit-select';

interface ReviewCriteriaProps {
  options: readonly FrameworkEntry[];
  /** The unit chosen (its criteria may still be loading; until then `assessment` is the one before). */
  chosenId: string;
  assessment: Assessment;
  onChoose(frameworkId: string): void;
}

export function ReviewCriteria({ options, chosenId, assessment, onChoose }: ReviewCriteriaProps) {
  return (
    <section className="criteria card" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">Criteria and the evidence cited</h2>
      <p>
        Defuse’s judgement of this simulation against each criterion, quoted as the unit gives it.
        The links go to the turns cited. It is evidence for your decision, not the decision.
      </p>
      <UnitSelect options={options} value={chosenId} onChoose={onChoose} />
      <CriteriaTable assessment={assessment} />
    </section>
  );
}
