// The debrief's title, what kind of session it was, and "Try again". Says so when the session was
// played on an earlier version of the scenario than the one shipped now.
import type { Ref } from 'react';
import { MODE_LABEL } from '../../domain/evidence/words';
import type { Scenario } from '../../domain/scenario/schema';
import type { SessionRecord } from '../../store/session-view';
import { dateTimeInWords } from '../../domain/evidence/dates';

interface DebriefHeaderProps {
  record: SessionRecord;
  scenario: Scenario;
  current: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onTryAgain(): void;
}

export function DebriefHeader({
  record,
  scenario,
  current,
  headingRef,
  onTryAgain,
}: DebriefHeaderProps) {
  return (
    <header className="debrief-header">
      <h1 ref={headingRef} tabIndex={-1}>
        Debrief: {scenario.title}
      </h1>
      <p className="debrief-meta">
        <span className="tag">{MODE_LABEL[record.mode]}</span>{' '}
        {record.learnerName ? `${record.learnerName} · ` : ''}
        {dateTimeInWords(record.startedAt, record.timeZone)} · attempt {record.attempt}
        {record.branchedFrom && ` · replayed from an earlier session`}
      </p>
      {!current && (
        <p className="notice notice-info">
          Played on an earlier version of this scenario (version {record.scenarioHash.slice(0, 12)}
          ). This debrief shows the conversation exactly as it was played then.
        </p>
      )}
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
