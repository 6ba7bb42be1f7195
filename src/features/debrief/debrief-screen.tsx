// Debrief (#/debrief/:sessionId): rebuilds the session by replaying its events and explains it.
// Sections are small components in reading order; the assessment sections (criteria matrix, then the
// turn list, then the reflective account and declaration) wrap the turn list.
import { useEffect, useMemo, useRef } from 'react';
import { WithScenario, WithSession } from '../../app/screen-gates';
import type { Scenario } from '../../domain/scenario/schema';
import type { SessionRecord } from '../../domain/session/session-record';
import { ScreenMessage } from '../../components/screen-message';
import { AssessmentSections } from './assessment-sections';
import { DebriefEnding } from './debrief-ending';
import { DebriefHeader } from './debrief-header';
import { buildDebrief, type Debrief } from './debrief-model';
import { TensionChart } from './tension-chart';
import { TurnList } from './turn-list';
import { useNewSession } from './use-new-session';
import './debrief.css';

export default function DebriefScreen({ sessionId }: { sessionId: string }) {
  return <WithSession id={sessionId}>{(record) => <DebriefLoad record={record} />}</WithSession>;
}

function DebriefLoad({ record }: { record: SessionRecord }) {
  if (!record.outcome) {
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
    <WithScenario id={record.scenarioId}>
      {(scenario) => <DebriefReplay record={record} scenario={scenario} />}
    </WithScenario>
  );
}

/** Replays the events; a log that no longer fits its scenario gets a message, not a crash. */
function DebriefReplay({ record, scenario }: { record: SessionRecord; scenario: Scenario }) {
  const result = useMemo(() => {
    try {
      return { debrief: buildDebrief(scenario, record.events) };
    } catch (e) {
      return { problem: e instanceof Error ? e.message : String(e) };
    }
  }, [scenario, record.events]);
  if ('problem' in result) {
    return (
      <ScreenMessage title="This session cannot be replayed">
        <p>
          Its recorded turns no longer fit the scenario ({result.problem}). The record has been left
          untouched.
        </p>
      </ScreenMessage>
    );
  }
  return <DebriefView record={record} scenario={scenario} debrief={result.debrief} />;
}

interface DebriefViewProps {
  record: SessionRecord;
  scenario: Scenario;
  debrief: Debrief;
}

function DebriefView({ record, scenario, debrief }: DebriefViewProps) {
  const { tryAgain, replayFrom } = useNewSession(record);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const practice = record.mode === 'practice';

  return (
    <article className="debrief">
      <DebriefHeader
        record={record}
        scenario={scenario}
        headingRef={heading}
        onTryAgain={tryAgain}
      />
      {debrief.final.ending && <DebriefEnding scenario={scenario} ending={debrief.final.ending} />}
      <TensionChart scenario={scenario} debrief={debrief} />
      <AssessmentSections
        record={record}
        scenario={scenario}
        transcript={
          <TurnList
            turns={debrief.turns}
            customerName={scenario.customer.name}
            onReplay={practice ? replayFrom : undefined}
          />
        }
      />
    </article>
  );
}
