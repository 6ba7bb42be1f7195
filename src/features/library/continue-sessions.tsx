// "Continue where you left off": sessions with no ending yet, most recent first. Hidden when none.
import { useMemo, useRef } from 'react';
import { useSessionRecords } from '../../store/use-session-record';
import { DeleteSessionButton } from './delete-session-button';
import { isUnfinished, modeWords, sessionDate, turnsWords } from './session-words';
import { useDeleteSession } from './use-delete-session';

export function ContinueSessions() {
  const sessions = useSessionRecords();
  const unfinished = useMemo(() => sessions.filter(isUnfinished), [sessions]);
  const heading = useRef<HTMLHeadingElement>(null);
  const { ask, dialog } = useDeleteSession(heading);

  if (unfinished.length === 0) return dialog || null;
  return (
    <section className="library-section continue-sessions" aria-labelledby="continue-title">
      <h2 id="continue-title" ref={heading} tabIndex={-1}>
        Continue where you left off
      </h2>
      <ul className="session-list">
        {unfinished.map((s) => (
          <li key={s.id} className="session card">
            <div className="session-main">
              <p className="session-title">{s.scenarioTitle}</p>
              <p className="session-meta">
                <span>{modeWords[s.mode]}</span>
                <span>{turnsWords(s.turns)}</span>
                <span>
                  Last played{' '}
                  <time dateTime={new Date(s.updatedAt).toISOString()}>{sessionDate(s)}</time>
                </span>
                {s.learnerName && <span>As {s.learnerName}</span>}
              </p>
            </div>
            <div className="session-actions">
              <a className="button" href={`#/play/${s.id}`}>
                Continue <span className="visually-hidden">{s.scenarioTitle}</span>
              </a>
              <DeleteSessionButton session={s} onClick={() => ask(s)} />
            </div>
          </li>
        ))}
      </ul>
      {dialog}
    </section>
  );
}
