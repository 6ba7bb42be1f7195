/**
 * The debrief's assessment work around its transcript: the criteria (the unit, its summary, and each
 * criterion on demand, whose evidence links jump down into the turns) before the chart and the
 * transcript, then the reflective account and the declaration, opened when the learner is ready to
 * write, and the evidence files. The unit chosen above is the one the account is drafted for; its
 * criteria are a chunk of their own, loaded when it is chosen (assessment-frameworks.ts).
 */
import { useContext, useEffect, useMemo, type ReactNode } from 'react';
import { Disclosure } from '../../components/disclosure';
import { unfilledPrompts } from '../../domain/reflection/plain-text';
import type { Scenario } from '../../domain/scenario/schema';
import type { SessionAnalysis } from '../../domain/analysis/analysis-types';
import type { Trace } from '../../domain/session/trace';
import type { SessionRecord } from '../../store/session-view';
import { frameworksFor, type FrameworkEntry } from './assessment-frameworks';
import { useUnitChoice, type ShownUnit, type UnitChoice } from './assessment-state';
import { CriteriaMatrix } from './criteria-matrix';
import { DebriefExports } from './debrief-exports';
import { DebriefNavContext } from './debrief-nav';
import { DeclarationForm } from './declaration-form';
import { ReflectionEditor } from './reflection-editor';
import { useReflection, type ReflectionState } from './reflection-state';

interface AssessmentSectionsProps {
  record: SessionRecord;
  trace: Trace;
  analysis: SessionAnalysis;
  scenario: Scenario;
  /** The tension chart, after the criteria summary. */
  overview: ReactNode;
  /** The turn-by-turn transcript, placed between the criteria and the account. */
  transcript: ReactNode;
}

export function AssessmentSections(props: AssessmentSectionsProps) {
  const { record, scenario, overview, transcript } = props;
  // Memoised: the matrix below is, and an account's every save re-renders this section.
  const options = useMemo(() => frameworksFor(scenario), [scenario]);
  if (options.length === 0)
    return (
      <>
        {overview}
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
      overview={overview}
      transcript={transcript}
    />
  );
}

type WorkProps = AssessmentSectionsProps & { options: FrameworkEntry[] };

function AssessmentWork(props: WorkProps) {
  const unit = useUnitChoice(props.trace, props.analysis, props.options);
  if (!unit.shown)
    return (
      <>
        <p role={unit.failed ? 'alert' : 'status'}>
          {unit.failed
            ? 'The unit’s assessment criteria could not be loaded. Reload the page to try again.'
            : 'Loading the unit’s assessment criteria…'}
        </p>
        {props.overview}
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
  overview,
  transcript,
  unit,
  shown,
}: WorkProps & { unit: UnitChoice; shown: ShownUnit }) {
  const account = useReflection(trace, shown.assessment);
  const nav = useContext(DebriefNavContext);
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
      {overview}
      {transcript}
      <Disclosure
        title="Your reflective account and declaration"
        hint={accountHint(account)}
        className="debrief-account"
        open={nav?.isOpen('account')}
        onToggle={(open) => nav?.setOpen('account', open)}
      >
        <ReflectionEditor account={account} assessment={shown.assessment} />
        <DeclarationForm account={account} record={record} />
      </Disclosure>
      <DebriefExports record={record} trace={trace} unit={shown} />
    </>
  );
}

/** Where the account stands, for its closed heading: "3 prompts to write · not signed yet". */
function accountHint({ reflection, needsSigningAgain }: ReflectionState): string {
  if (reflection.declaration) return 'signed';
  const prompts = unfilledPrompts(reflection.final).length;
  const signing = needsSigningAgain ? 'changed since you signed it' : 'not signed yet';
  return prompts > 0
    ? `${prompts} prompt${prompts === 1 ? '' : 's'} to write in your own words · ${signing}`
    : signing;
}
