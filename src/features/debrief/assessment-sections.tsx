/**
 * The debrief's assessment work around its transcript: the criteria matrix before it (its evidence
 * links jump down into the turns), the reflective account and the declaration after it, once the
 * learner has read what happened. The unit chosen in the matrix is the one the account is drafted for.
 */
import { useEffect, useMemo, type ReactNode } from 'react';
import type { Scenario } from '../../domain/scenario/schema';
import type { SessionAnalysis } from '../../domain/analysis/analysis-types';
import type { Trace } from '../../domain/session/trace';
import type { SessionRecord } from '../../store/session-view';
import { frameworksFor, type FrameworkEntry } from './assessment-frameworks';
import { useUnitChoice, type ShownUnit, type UnitChoice } from './assessment-state';
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
  // Memoised: the matrix below is, and an account's every save re-renders this section.
  const options = useMemo(() => frameworksFor(scenario), [scenario]);
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

function AssessmentWork(props: AssessmentSectionsProps & { options: FrameworkEntry[] }) {
  const unit = useUnitChoice(props.trace, props.analysis, props.options);
  if (!unit.shown)
    return (
      <>
        <p role={unit.failed ? 'alert' : 'status'}>
          {unit.failed
            ? 'The unit’s assessment criteria could not be loaded. Reload the page to try again.'
            : 'Loading the unit’s assessment criteria…'}
        </p>
        {props.transcript}
        <DebriefExports record={props.record} trace={props.trace} />
      </>
    );
  return <AssessmentReady {...props} unit={unit} shown={unit.shown} />;
}

function AssessmentReady({
  record,
  trace,
  options,
  transcript,
  unit,
  shown,
}: AssessmentSectionsProps & { options: FrameworkEntry[]; unit: UnitChoice; shown: ShownUnit }) {
  const account = useReflection(trace, shown.assessment);
  const { followUnit } = account;
  // A newly chosen unit, once loaded: an untouched draft follows it; an edited account is kept.
  useEffect(() => followUnit(shown.assessment), [followUnit, shown.assessment]);
  return (
    <>
      <CriteriaMatrix
        options={options}
        chosenId={unit.chosenId}
        assessment={shown.assessment}
        onChoose={unit.choose}
        practice={record.mode === 'practice'}
      />
      {transcript}
      <ReflectionEditor account={account} assessment={shown.assessment} />
      <DeclarationForm account={account} record={record} />
      <DebriefExports record={record} trace={trace} unit={shown} />
    </>
  );
}
