/**
 * The debrief's assessment work around its transcript: the criteria (the unit, its summary, and each
 * criterion on demand, whose evidence links jump down into the turns) before the chart and the
 * transcript, then the reflective account and the declaration, opened when the learner is ready to
 * write, and the evidence files. The unit chosen above is the one the account is drafted for.
 */
import { useCallback, useContext, useRef, type ReactNode } from 'react';
import { Disclosure } from '../../components/disclosure';
import { unfilledPrompts } from '../../domain/reflection/plain-text';
import type { Scenario } from '../../domain/scenario/schema';
import type { Framework } from '../../domain/scoring/framework-schema';
import type { SessionAnalysis } from '../../domain/analysis/analysis-types';
import type { Trace } from '../../domain/session/trace';
import type { SessionRecord } from '../../store/session-view';
import { frameworksFor } from './assessment-frameworks';
import { useUnitChoice } from './assessment-state';
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
  const options = frameworksFor(scenario);
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

function AssessmentWork({
  record,
  trace,
  analysis,
  options,
  overview,
  transcript,
}: AssessmentSectionsProps & { options: Framework[] }) {
  const unit = useUnitChoice(trace, analysis, options);
  const account = useReflection(trace, unit.assessment);
  const nav = useContext(DebriefNavContext);
  // Stable, so the criteria (a large table) are not drawn again on every key typed in the account.
  const latest = useRef({ unit, account });
  latest.current = { unit, account };
  const choose = useCallback((id: string) => {
    const { unit: u, account: a } = latest.current;
    a.followUnit(u.assessmentFor(u.choose(id)));
  }, []);
  return (
    <>
      <CriteriaMatrix
        options={options}
        assessment={unit.assessment}
        onChoose={choose}
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
        <ReflectionEditor account={account} assessment={unit.assessment} />
        <DeclarationForm account={account} record={record} />
      </Disclosure>
      <DebriefExports
        record={record}
        trace={trace}
        unit={{ framework: unit.framework, assessment: unit.assessment }}
      />
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
