// Play (#/play/:sessionId): finds the saved session and its scenario, then runs the conversation.
// A finished session goes straight to its debrief; an unknown id gets a plain message.
import { useMemo, useState } from 'react';
import { Redirect } from 'wouter';
import { WithScenario, WithSession } from '../../app/screen-gates';
import type { Scenario } from '../../domain/scenario/schema';
import { replay } from '../../domain/session/replay';
import type { SessionRecord } from '../../domain/session/session-record';
import { MotionProvider } from './motion-provider';
import { PlaySession } from './play-session';
import { ScreenMessage } from '../../components/screen-message';
import './play.css';

export default function PlayScreen({ sessionId }: { sessionId: string }) {
  return (
    <WithSession id={sessionId}>
      {(record) => <PlayArrival key={sessionId} arrived={record} />}
    </WithSession>
  );
}

function PlayArrival({ arrived }: { arrived: SessionRecord }) {
  // The record as it was on arrival: later saves are this screen's own turns and must not re-route it.
  const [record] = useState(arrived);
  if (record.outcome) return <Redirect to={`/debrief/${record.id}`} replace />;
  return (
    <WithScenario id={record.scenarioId}>
      {(scenario) => <Resumable record={record} scenario={scenario} />}
    </WithScenario>
  );
}

/** Checks the recorded events still replay on this scenario before the machine is started with them. */
function Resumable({ record, scenario }: { record: SessionRecord; scenario: Scenario }) {
  const problem = useMemo(() => {
    try {
      replay(scenario, record.events);
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [record, scenario]);
  if (problem) {
    return (
      <ScreenMessage title="This session cannot be resumed">
        <p>
          Its recorded turns no longer fit the scenario ({problem}). The record has been left
          untouched.
        </p>
      </ScreenMessage>
    );
  }
  return (
    <MotionProvider>
      <PlaySession record={record} scenario={scenario} />
    </MotionProvider>
  );
}
