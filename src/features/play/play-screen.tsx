// Play (#/play/:sessionId): finds the saved session and the scenario version it was started on, then
// runs the conversation. A finished session goes straight to its debrief; an unknown id gets a plain
// message. A session deleted in another tab while open stays on screen for PlaySession to say so.
import { useState } from 'react';
import { Redirect } from 'wouter';
import { WithScenario, WithSession } from '../../app/screen-gates';
import type { SessionRecord } from '../../store/session-view';
import { MotionProvider } from './motion-provider';
import { PlaySession } from './play-session';
import './play.css';

export default function PlayScreen({ sessionId }: { sessionId: string }) {
  return (
    <WithSession id={sessionId} keepIfDeleted>
      {(record) => <PlayArrival key={sessionId} arrived={record} />}
    </WithSession>
  );
}

function PlayArrival({ arrived }: { arrived: SessionRecord }) {
  // The record as it was on arrival: later saves are this screen's own turns and must not re-route it.
  const [record] = useState(arrived);
  if (record.outcome) return <Redirect to={`/debrief/${record.id}`} replace />;
  return (
    <WithScenario record={record}>
      {(scenario) => (
        <MotionProvider>
          <PlaySession record={record} scenario={scenario} />
        </MotionProvider>
      )}
    </WithScenario>
  );
}
