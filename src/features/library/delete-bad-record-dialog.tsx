// "Delete this record?": the confirmation before a record that could not be opened is removed.
import { useRef, useState } from 'react';
import { Dialog } from '../../components/dialog';
import type { BadRecord } from '../../store/session-store-types';

interface Props {
  record: BadRecord;
  title: string;
  onKeep(): void;
  onDelete(): Promise<void>;
  returnFocusTo(): HTMLElement | null;
}

export function DeleteBadRecordDialog({ record, title, onKeep, onDelete, returnFocusTo }: Props) {
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
      title="Delete this record?"
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
        <strong>{title}</strong>: {record.problem}
      </p>
      <p>
        This removes the record from this device for good. Download it first if you or your tutor
        may need it.
      </p>
      {problem && <p role="alert">{problem}</p>}
    </Dialog>
  );
}
