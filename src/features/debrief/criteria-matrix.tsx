// "Assessment criteria": the unit shown, in full, and how the session counts towards it (the summary);
// the learner can choose another of the scenario's units (unit-choice.tsx), and open every criterion
// of the unit, judged against this session, with evidence links into the transcript.
import { memo, useContext } from 'react';
import { Disclosure } from '../../components/disclosure';
import type { Assessment } from '../../domain/scoring/assessment-types';
import type { FrameworkEntry } from './assessment-frameworks';
import { criteriaCount } from './criteria-labels';
import { CriteriaSummary } from './criteria-summary';
import { CriteriaTable } from './criteria-table';
import { DebriefNavContext } from './debrief-nav';
import { UnitChoice } from './unit-choice';
import './assessment.css';

interface CriteriaMatrixProps {
  options: readonly FrameworkEntry[];
  /** The unit chosen (its criteria may still be loading; until then `assessment` is the one before). */
  chosenId: string;
  assessment: Assessment;
  onChoose(frameworkId: string): void;
  /** A practice session: the summary never calls it evidence. */
  practice: boolean;
}

/** Memoised: it changes with the unit and the sections open, not while the account is typed. */
export const CriteriaMatrix = memo(function CriteriaMatrix({
  options,
  chosenId,
  assessment,
  onChoose,
  practice,
}: CriteriaMatrixProps) {
  const nav = useContext(DebriefNavContext);
  return (
    <section className="criteria card" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">Assessment criteria</h2>
      <p>
        How this session counts as evidence towards a qualification unit. Each criterion is quoted
        as the unit gives it.
      </p>
      <UnitChoice options={options} value={chosenId} onChoose={onChoose} />
      <CriteriaSummary assessment={assessment} practice={practice} />
      <Disclosure
        title="Each criterion, with its evidence"
        hint={criteriaCount(assessment.criteria.length)}
        level={3}
        className="criteria-detail"
        open={nav?.isOpen('criteria')}
        onToggle={(open) => nav?.setOpen('criteria', open)}
      >
        <CriteriaTable assessment={assessment} />
      </Disclosure>
    </section>
  );
});
