// The debrief's title and what kind of session it was, saying so when the session was played on an
// earlier version of the scenario than the one shipped now; and, after the key moments, "Try again".
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
}

export function DebriefHeader({ record, scenario, current, headingRef }: DebriefHeaderProps) {
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
    </header>
  );
}

/** "Try again" and the way back to the library, once the learner has read what mattered. */
export function DebriefActions({ onTryAgain }: { onTryAgain(): void }) {
  return (
    <div className="debrief-actions debrief-next">
      <button type="button" className="button" onClick={onTryAgain}>
        Try again
      </button>
      <a href="#/" className="button button-secondary">
        Back to the library
      </a>
    </div>
  );
}
