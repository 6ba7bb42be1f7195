// The "Delete" button on a saved session; its accessible name says which session.
import type { SessionRecord } from '../../store/session-view';
import { sessionDate } from './session-words';

export function DeleteSessionButton({
  session,
  onClick,
}: {
  session: SessionRecord;
  onClick(): void;
}) {
  return (
    <button type="button" className="button button-secondary button-small" onClick={onClick}>
      Delete{' '}
      <span className="visually-hidden">
        the session {session.scenarioTitle}, {sessionDate(session)}
      </span>
    </button>
  );
}
