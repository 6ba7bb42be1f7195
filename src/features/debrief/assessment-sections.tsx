/**
 * The debrief's assessment work around its transcript: the criteria matrix before it (its evidence
 * links jump down into the turns), the reflective account and the declaration after it, once the
 * learner has read what happened. The unit chosen in the matrix is the one the account is drafted for.
 */
import type { ReactNode } from 'react';
import type { Scenario } from '../../domain/scenario/schema';
import type { Framework } from '../../domain/scoring/framework-schema';
import type { SessionRecord } from '../../domain/session/session-record';
import { frameworksFor } from './assessment-frameworks';
import { useUnitChoice } from './assessment-state';
import { CriteriaMatrix } from './criteria-matrix';
import { DeclarationForm } from './declaration-form';
import { ReflectionEditor } from './reflection-editor';
import { useReflection } from './reflection-state';

interface AssessmentSectionsProps {
  record: SessionRecord;
  scenario: Scenario;
  /** The turn-by-turn transcript, placed between the matrix and the account. */
  transcript: ReactNode;
}

export function AssessmentSections({ record, scenario, transcript }: AssessmentSectionsProps) {
  const options = frameworksFor(scenario);
  if (options.length === 0) return transcript;
  // Keyed by session: another session's debrief starts from its own record, never this one's state.
  return (
    <AssessmentWork
      key={record.id}
      record={record}
      scenario={scenario}
      options={options}
      transcript={transcript}
    />
  );
}

function AssessmentWork({
  record,
  scenario,
  options,
  transcript,
}: AssessmentSectionsProps & { options: Framework[] }) {
  const unit = useUnitChoice(record, scenario, options);
  const account = useReflection(record, scenario, unit.assessment);
  const choose = (id: string) => account.followUnit(unit.assessmentFor(unit.choose(id)));
  return (
    <>
      <CriteriaMatrix options={options} assessment={unit.assessment} onChoose={choose} />
      {transcript}
      <ReflectionEditor account={account} assessment={unit.assessment} />
      <DeclarationForm account={account} record={record} />
    </>
  );
}
