// The review's title and the facts an assessment record needs: whose log, which file, what kind of
// session, which attempt, when it was played and exported, on which scenario version, how it ended,
// and the seal that identifies the file. Everything from the file is text.
import type { Ref } from 'react';
import { dateTimeInWords } from '../../../domain/evidence/dates';
import { ENDING_KIND_LABEL } from '../../../domain/escalation/ending-kinds';
import { MODE_EVIDENCE, MODE_LABEL } from '../../../domain/evidence/words';
import type { ExportedLog } from '../../../domain/session/log-types';
import type { Trace } from '../../../domain/session/trace';

interface ReviewHeaderProps {
  fileName: string;
  log: ExportedLog;
  trace: Trace;
  /** Played on the scenario version this build ships now. */
  current: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}

export function ReviewHeader({ fileName, log, trace: t, current, headingRef }: ReviewHeaderProps) {
  const { header, seal } = log;
  const zone = header.timeZone;
  const practice = header.mode === 'practice';
  return (
    <header className="review-header">
      <h1 ref={headingRef} tabIndex={-1}>
        Review: <bdi>{header.learnerName || 'No learner name'}</bdi>, {t.scenario.title}
      </h1>
      <p className="debrief-meta">
        <span className="tag">{MODE_LABEL[header.mode]}</span> <span className="tag">Verified</span>{' '}
        attempt {header.attempt}
      </p>
      {practice && (
        <p className="notice notice-warning">
          A practice session: it verifies, but it is not assessment evidence, and no criterion may
          be credited from it.
        </p>
      )}
      <dl className="review-facts">
        <dt>File</dt>
        <dd>
          <bdi>{fileName}</bdi>
        </dd>
        <dt>Learner</dt>
        <dd>
          <bdi>{header.learnerName || 'No learner name given'}</bdi>
        </dd>
        <dt>Mode</dt>
        <dd>{MODE_EVIDENCE[header.mode]}</dd>
        <dt>Attempt</dt>
        <dd>
          {header.attempt}
          {header.attempt > 1 && ` (${header.attempt - 1} earlier in the learner’s browser)`}
        </dd>
        <dt>Played</dt>
        <dd>{dateTimeInWords(header.startedAt, zone)}</dd>
        <dt>Exported</dt>
        <dd>{dateTimeInWords(seal.exportedAt, zone)}</dd>
        <dt>Scenario version</dt>
        <dd>
          {header.scenario.hash.slice(0, 12)}
          {current ? ' (the current version)' : ' (an earlier version, shown as it was played)'}
        </dd>
        <dt>Ending</dt>
        <dd>
          {t.outcome
            ? `${ENDING_KIND_LABEL[t.outcome.kind]}: ${t.outcome.title}`
            : 'Not finished: the conversation has no ending'}
        </dd>
        {header.branchedFrom && (
          <>
            <dt>Replayed from</dt>
            <dd>
              session <bdi>{header.branchedFrom.sessionId}</bdi>, after its entry{' '}
              {header.branchedFrom.entry}
            </dd>
          </>
        )}
        <dt>Seal (SHA-256)</dt>
        <dd className="review-seal">{seal.hash}</dd>
      </dl>
    </header>
  );
}
