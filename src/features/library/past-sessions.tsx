// "Past sessions": finished conversations with how they ended, to reopen in the debrief or delete,
// and the removal of all of a learner's sessions (unfinished ones too) from this computer.
import { useMemo, useRef } from 'react';
import { CheckIcon, CrossIcon } from '../../components/icons';
import type { SessionRecord } from '../../store/session-view';
import { useSessions } from '../../store/sessions-store';
import { useSessionRecords } from '../../store/use-session-record';
import { DeleteSessionButton } from './delete-session-button';
import { RemoveMySessions } from './remove-my-sessions';
import { endingKindWords, isUnfinished, modeWords, sessionDate, turnsWords } from './session-words';
import { useDeleteSession } from './use-delete-session';

export function PastSessions() {
  const ready = useSessions((s) => s.ready);
  const sessions = useSessionRecords();
  const finished = useMemo(() => sessions.filter((s) => !isUnfinished(s)), [sessions]);
  const heading = useRef<HTMLHeadingElement>(null);
  const { ask, dialog } = useDeleteSession(heading);

  return (
    <section className="library-section past-sessions" aria-labelledby="past-title">
      <h2 id="past-title" ref={heading} tabIndex={-1}>
        Past sessions
      </h2>
      {!ready ? (
        <p className="empty-state">Looking for your saved sessions…</p>
      ) : finished.length === 0 ? (
        <p className="empty-state">
          No past sessions yet — your finished conversations will appear here.
        </p>
      ) : (
        <ul className="session-list">
          {finished.map((s) => (
            <PastSession key={s.id} session={s} onDelete={() => ask(s)} />
          ))}
        </ul>
      )}
      <RemoveMySessions />
      {dialog}
    </section>
  );
}

function PastSession({ session: s, onDelete }: { session: SessionRecord; onDelete(): void }) {
  const kind = s.outcome && endingKindWords(s.outcome.kind);
  return (
    <li className="session card">
      <div className="session-main">
        <p className="session-title">{s.scenarioTitle}</p>
        {s.outcome && kind && (
          <p className={`session-outcome ${kind.good ? 'outcome-good' : 'outcome-poor'}`}>
            {kind.good ? <CheckIcon /> : <CrossIcon />}
            <span>
              {s.outcome.title} <span className="outcome-kind">({kind.words})</span>
            </span>
          </p>
        )}
        <p className="session-meta">
          <span>{modeWords[s.mode]}</span>
          <span>{turnsWords(s.turns)}</span>
          <time dateTime={new Date(s.updatedAt).toISOString()}>{sessionDate(s)}</time>
          {s.learnerName && <span>As {s.learnerName}</span>}
        </p>
      </div>
      <div className="session-actions">
        <a className="button" href={`#/debrief/${s.id}`}>
          Open the debrief{' '}
          <span className="visually-hidden">
            for {s.scenarioTitle}, {sessionDate(s)}
          </span>
        </a>
        <DeleteSessionButton session={s} onClick={onDelete} />
      </div>
    </li>
  );
}
