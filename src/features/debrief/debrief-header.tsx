// The debrief's title, what kind of session it was, and "Try again".
import type { Ref } from 'react';
import type { Scenario } from '../../domain/scenario/schema';
import type { SessionRecord } from '../../domain/session/session-record';

interface DebriefHeaderProps {
  record: SessionRecord;
  scenario: Scenario;
  headingRef: Ref<HTMLHeadingElement>;
  onTryAgain(): void;
}

const when = (ms: number) =>
  new Date(ms).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

export function DebriefHeader({ record, scenario, headingRef, onTryAgain }: DebriefHeaderProps) {
  return (
    <header className="debrief-header">
      <h1 ref={headingRef} tabIndex={-1}>
        Debrief: {scenario.title}
      </h1>
      <p className="debrief-meta">
        <span className="tag">{record.mode === 'practice' ? 'Practice' : 'Assessment'}</span>{' '}
        {record.learnerName ? `${record.learnerName} · ` : ''}
        {when(record.startedAt)}
        {record.branchedFrom &&
          ` · replayed from turn ${record.branchedFrom.turn + 1} of an earlier session`}
      </p>
      <div className="debrief-actions">
        <button type="button" className="button" onClick={onTryAgain}>
          Try again
        </button>
        <a href="#/" className="button button-secondary">
          Back to the library
        </a>
      </div>
    </header>
  );
}
