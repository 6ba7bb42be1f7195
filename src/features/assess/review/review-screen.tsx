/**
 * Reviewing one verified log (#/assess/review/<seal hash>): its facts, the tension chart, the
 * criteria of a chosen unit with the evidence cited, the transcript, the reflective account with the
 * learner's own words told apart, and the assessor's decision. The log is replayed here with the
 * same trace the debrief uses, against the scenario version it names; nothing is written back to it.
 */
import { useEffect, useMemo, useRef } from 'react';
import { WithScenario } from '../../../app/screen-gates';
import { analyseTrace } from '../../../domain/analysis/analyse-session';
import type { SessionAnalysis } from '../../../domain/analysis/analysis-types';
import type { Scenario } from '../../../domain/scenario/schema';
import type { ExportedLog } from '../../../domain/session/log-types';
import { trace, type Trace } from '../../../domain/session/trace';
import { frameworksFor, type FrameworkEntry } from '../../debrief/assessment-frameworks';
import { useUnitChoice } from '../../debrief/assessment-state';
import { debriefOf } from '../../debrief/debrief-model';
import { TensionChart } from '../../debrief/tension-chart';
import { useCohortView } from '../cohort/cohort-view';
import { DecisionPanel } from '../decision/decision-panel';
import { useBatch } from '../intake/batch';
import { ReviewAccount } from './review-account';
import { ReviewCriteria } from './review-criteria';
import { ReviewHeader } from './review-header';
import { ReviewTimeline } from './review-timeline';

const BACK = (
  <p className="review-back">
    <a href="#/assess">Back to the assessor workspace</a>
  </p>
);

export function ReviewScreen({ sealHash }: { sealHash: string }) {
  const file = useBatch((s) =>
    s.files.find((f) => f.checked?.ok && f.checked.log?.seal.hash === sealHash),
  );
  const log = file?.checked?.log;
  if (!file || !log)
    return (
      <div className="screen-message card">
        <h1>This log is not loaded</h1>
        <p>
          Loaded files stay in the tab that loaded them, and only verified logs can be reviewed.
          Load the file again in the workspace: any decision you recorded on it is kept in this
          browser and will be there.
        </p>
        {BACK}
      </div>
    );
  return (
    <WithScenario
      record={{ scenarioId: log.header.scenario.id, scenarioHash: log.header.scenario.hash }}
    >
      {(scenario, current) => (
        <ReviewView fileName={file.name} log={log} scenario={scenario} current={current} />
      )}
    </WithScenario>
  );
}

interface ReviewViewProps {
  fileName: string;
  log: ExportedLog;
  scenario: Scenario;
  current: boolean;
}

function ReviewView({ fileName, log, scenario, current }: ReviewViewProps) {
  const t = useMemo(() => trace(scenario, log), [scenario, log]);
  const analysis = useMemo(() => analyseTrace(t), [t]);
  const debrief = useMemo(() => debriefOf(t, analysis), [t, analysis]);
  const options = useMemo(() => frameworksFor(scenario), [scenario]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <article className="assess-review">
      {BACK}
      <ReviewHeader
        fileName={fileName}
        log={log}
        trace={t}
        current={current}
        headingRef={heading}
      />
      <TensionChart scenario={scenario} debrief={debrief} />
      {options.length > 0 ? (
        <ReviewUnit log={log} trace={t} analysis={analysis} options={options} />
      ) : (
        <>
          <p className="notice notice-info">
            This scenario evidences no qualification unit in this version of Defuse, so there are no
            criteria to decide on.
          </p>
          <ReviewTimeline trace={t} />
          <ReviewAccount trace={t} />
        </>
      )}
    </article>
  );
}

interface ReviewUnitProps {
  log: ExportedLog;
  trace: Trace;
  analysis: SessionAnalysis;
  options: FrameworkEntry[];
}

/** Everything that depends on the unit chosen: criteria, the transcript's citations, the decision. */
function ReviewUnit({ log, trace: t, analysis, options }: ReviewUnitProps) {
  const preferred = useCohortView((s) => s.unitId);
  const unit = useUnitChoice(t, analysis, options, preferred);
  // Each unit's criteria are a chunk of their own, loaded when chosen; until the first arrives the
  // transcript and account are shown without citations.
  const shown = unit.shown;
  return (
    <>
      {shown ? (
        <ReviewCriteria
          options={options}
          chosenId={unit.chosenId}
          assessment={shown.assessment}
          onChoose={unit.choose}
        />
      ) : (
        <p role={unit.failed ? 'alert' : 'status'}>
          {unit.failed
            ? 'The unit’s assessment criteria could not be loaded. Reload the page to try again.'
            : 'Loading the unit’s assessment criteria…'}
        </p>
      )}
      <ReviewTimeline trace={t} assessment={shown?.assessment} />
      <ReviewAccount trace={t} />
      {shown && (
        <DecisionPanel
          log={log}
          trace={t}
          assessment={shown.assessment}
          framework={shown.framework}
        />
      )}
    </>
  );
}
