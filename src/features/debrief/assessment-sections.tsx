/**
 * The debrief's assessment work around its transcript: the criteria matrix before it (its evidence
 * links jump down into the turns), the reflective account and the declaration after it, once the
 * learner has read what happened. The unit chosen in the matrix is the one the account is drafted for.
 */
import type { ReactNode } from 'react';
import type { Scenario } from '../../domain/scenario/schema';
import type { Framework } from '../../domain/scoring/framework-schema';
import type { SessionAnalysis } from '../../domain/analysis/analysis-types';
import type { Trace } from '../../domain/session/trace';
import type { SessionRecord } from '../../store/session-view';
import { frameworksFor } from './assessment-frameworks';
import { useUnitChoice } from './assessment-state';
import { CriteriaMatrix } from './criteria-matrix';
import { DebriefExports } from './debrief-exports';
import { DeclarationForm } from './declaration-form';
import { ReflectionEditor } from './reflection-editor';
import { useReflection } from './reflection-state';

interface AssessmentSectionsProps {
  record: SessionRecord;
  trace: Trace;
  analysis: SessionAnalysis;
  scenario: Scenario;
  /** The turn-by-turn transcript, placed between the matrix and the account. */
  transcript: ReactNode;
}

export function AssessmentSections(props: AssessmentSectionsProps) {
  const { record, scenario, transcript } = props;
  const options = frameworksFor(scenario);
  if (options.length === 0)
    return (
      <>
        {transcript}
        <DebriefExports record={record} trace={props.trace} />
      </>
    );
  // Keyed by session: another session's debrief starts from its own record, never this one's state.
  return (
    <AssessmentWork
      key={record.id}
      record={record}
      trace={props.trace}
      analysis={props.analysis}
      scenario={scenario}
      options={options}
      transcript={transcript}
    />
  );
}

function AssessmentWork({
  record,
  trace,
  analysis,
  options,
  transcript,
}: AssessmentSectionsProps & { options: Framework[] }) {
  const unit = useUnitChoice(trace, analysis, options);
  const account = useReflection(trace, unit.assessment);
  const choose = (id: string) => account.followUnit(unit.assessmentFor(unit.choose(id)));
  return (
    <>
      <CriteriaMatrix
        options={options}
        assessment={unit.assessment}
        onChoose={choose}
        practice={record.mode === 'practice'}
      />
      {transcript}
      <ReflectionEditor account={account} assessment={unit.assessment} />
      <DeclarationForm account={account} record={record} />
      <DebriefExports
        record={record}
        trace={trace}
        unit={{ framework: unit.framework, assessment: unit.assessment }}
      />
    </>
  );
}
