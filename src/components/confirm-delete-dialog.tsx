// "Delete this …?": the one confirmation before something stored is removed for good. Focus starts on
// "Keep it"; a failed delete says so and changes nothing.
import { useRef, useState, type ReactNode } from 'react';
import { Dialog } from './dialog';

interface ConfirmDeleteProps {
  title: string;
  /** What is about to be deleted, and what that means. */
  children: ReactNode;
  onKeep(): void;
  onDelete(): Promise<void>;
  returnFocusTo(): HTMLElement | null;
}

export function ConfirmDeleteDialog({
  title,
  children,
  onKeep,
  onDelete,
  returnFocusTo,
}: ConfirmDeleteProps) {
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
      title={title}
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
      {children}
      {problem && <p role="alert">{problem}</p>}
    </Dialog>
  );
}
