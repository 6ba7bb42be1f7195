// "Delete this session?": the confirmation before a saved session is removed for good.
import { useRef, useState } from 'react';
import { Dialog } from '../../components/dialog';
import type { SessionRecord } from '../../store/session-view';
import { sessionDate } from './session-words';

interface Props {
  session: SessionRecord;
  onKeep(): void;
  onDelete(): Promise<void>;
  returnFocusTo(): HTMLElement | null;
}

export function DeleteSessionDialog({ session, onKeep, onDelete, returnFocusTo }: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    setDeleting(true);
    try {
      await onDelete();
    } catch (e) {
      setProblem(
        `It could not be deleted (${e instanceof Error ? e.message : String(e)}). Nothing has changed.`,
      );
      setDeleting(false);
    }
  };

  return (
    <Dialog
      title="Delete this session?"
      onCancel={onKeep}
      initialFocus={keep}
      returnFocusTo={returnFocusTo}
      actions={
        <>
          <button
            type="button"
            className="button button-danger"
            onClick={() => void confirm()}
            disabled={deleting}
          >
            Delete
          </button>
          <button type="button" className="button button-secondary" ref={keep} onClick={onKeep}>
            Keep it
          </button>
        </>
      }
    >
      <p>
        <strong>{session.scenarioTitle}</strong>, {sessionDate(session)}
      </p>
      <p>
        This removes the conversation and its evidence log from this device. It cannot be undone.
      </p>
      {problem && <p role="alert">{problem}</p>}
    </Dialog>
  );
}
