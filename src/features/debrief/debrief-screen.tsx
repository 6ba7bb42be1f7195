// Debrief (#/debrief/:sessionId): traces the session's log against the scenario version it was
// played on and explains it. It leads with what matters — the ending, the key moments and what would
// have worked better, the criteria summary — and the learner opens the rest as they need it: each
// criterion, turn by turn, and the reflective account with its declaration (debrief-nav.ts). The
// assessment sections wrap the chart and the turn list. A later edit of the scenario never changes
// what an old debrief says. The debrief waits for the criteria of the unit it opens on (each unit
// is a chunk of its own). Printed, it is the learner's own copy (debrief-print.css).
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { WithScenario, WithSession } from '../../app/screen-gates';
import { ScreenMessage } from '../../components/screen-message';
import { analyseTrace } from '../../domain/analysis/analyse-session';
import type { Scenario } from '../../domain/scenario/schema';
import { trace, type Trace } from '../../domain/session/trace';
import type { SessionRecord } from '../../store/session-view';
import { frameworksFor, useFrameworkCriteria } from './assessment-frameworks';
import { AssessmentSections } from './assessment-sections';
import { initialUnit } from './assessment-state';
import { DebriefEnding } from './debrief-ending';
import { DebriefActions, DebriefHeader } from './debrief-header';
import { debriefOf } from './debrief-model';
import { DebriefNavContext, useDebriefNav } from './debrief-nav';
import { KeyMomentsSection } from './key-moments-section';
import { accountWorkedOn } from './reflection-state';
import { TensionChart } from './tension-chart';
import { TurnList } from './turn-list';
import { useNewSession } from './use-new-session';
import './debrief.css';
import './debrief-print.css';

export default function DebriefScreen({ sessionId }: { sessionId: string }) {
  return (
    <WithSession id={sessionId}>
      {(record) => (
        <WithScenario record={record}>
          {(scenario, current) => (
            <DebriefTrace record={record} scenario={scenario} current={current} />
          )}
        </WithScenario>
      )}
    </WithSession>
  );
}

interface TraceProps {
  record: SessionRecord;
  scenario: Scenario;
  /** Played on the scenario version shipped now. */
  current: boolean;
}

/** Traces the log; a session without an ending, or one that cannot be replayed, gets a message. */
function DebriefTrace({ record, scenario, current }: TraceProps) {
  const t = useMemo(() => trace(scenario, record.log), [scenario, record.log]);
  if (!t.outcome) {
    const broken = t.discrepancies.find((d) => d.message.startsWith('cannot be replayed'));
    if (broken)
      return (
        <ScreenMessage title="This session cannot be replayed">
          <p>
            Entry {broken.seq} of its log does not fit the scenario it names ({broken.message}). The
            record has been left untouched.
          </p>
        </ScreenMessage>
      );
    return (
      <ScreenMessage title="This session is not finished yet">
        <p>
          <a href={`#/play/${record.id}`}>Continue the session</a> to reach an ending, then come
          back for the debrief.
        </p>
      </ScreenMessage>
    );
  }
  return (
    <WithFirstUnit trace={t} view={<DebriefView record={record} trace={t} current={current} />} />
  );
}

/**
 * Waits for the criteria of the unit the debrief opens on (each unit is a chunk of its own), so the
 * debrief appears whole rather than with its criteria arriving above the transcript a moment later.
 */
function WithFirstUnit({ trace: t, view }: { trace: Trace; view: ReactNode }) {
  const options = frameworksFor(t.scenario);
  const first = options.length > 0 ? initialUnit(options, t).id : null;
  const { framework, failed } = useFrameworkCriteria(first ?? '');
  if (first !== null && !framework && !failed)
    return <p role="status">Loading the assessment criteria…</p>;
  return view;
}

function DebriefView({
  record,
  trace: t,
  current,
}: Omit<TraceProps, 'scenario'> & { trace: Trace }) {
  const { scenario } = t;
  // The conversation is over, so its analysis and debrief never change while the account is written.
  const conversation = t.steps.length;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const analysis = useMemo(() => analyseTrace(t), [record.id, conversation]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const debrief = useMemo(() => debriefOf(t, analysis), [record.id, conversation]);
  const { tryAgain, replayFrom } = useNewSession(record);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const practice = record.mode === 'practice';
  // An account the learner has already worked on opens with the debrief.
  const nav = useDebriefNav(accountWorkedOn(t) ? ['account'] : []);

  return (
    <DebriefNavContext.Provider value={nav}>
      <article className="debrief">
        <DebriefHeader record={record} scenario={scenario} current={current} headingRef={heading} />
        {t.discrepancies.length > 0 && (
          <div className="notice notice-warning" role="alert">
            <p>
              This session’s stored log does not replay exactly ({t.discrepancies[0]!.message},
              entry {t.discrepancies[0]!.seq}). What follows is the replay; the stored log is left
              untouched.
            </p>
          </div>
        )}
        {debrief.final.ending && (
          <DebriefEnding scenario={scenario} ending={debrief.final.ending} />
        )}
        <KeyMomentsSection turns={debrief.turns} />
        <DebriefActions onTryAgain={tryAgain} />
        <AssessmentSections
          record={record}
          trace={t}
          analysis={analysis}
          scenario={scenario}
          overview={<TensionChart scenario={scenario} debrief={debrief} />}
          transcript={
            <TurnList
              turns={debrief.turns}
              customerName={scenario.customer.name}
              onReplay={practice ? replayFrom : undefined}
            />
          }
        />
      </article>
    </DebriefNavContext.Provider>
  );
}
