// "Delete this …?": the one confirmation before something stored is removed for good (a session, a
// bad record, a decision, or all of a learner's sessions). Focus starts on "Keep it"; a failed
// delete says so, and what it left as it was.
import { useRef, useState, type ReactNode } from 'react';
import { Dialog } from './dialog';

interface ConfirmDeleteProps {
  title: string;
  /** What is about to be deleted, and what that means. */
  children: ReactNode;
  onKeep(): void;
  onDelete(): Promise<void>;
  returnFocusTo(): HTMLElement | null;
  /** The buttons' words: "Delete" and "Keep it" unless said otherwise. */
  deleteLabel?: string;
  keepLabel?: string;
  /** What a failure says, from its reason. */
  failed?(reason: string): string;
  /** False while there is nothing to delete yet: the button stays focusable but does nothing. */
  ready?: boolean;
}

const nothingChanged = (reason: string) =>
  `It could not be deleted (${reason}). Nothing has changed.`;

export function ConfirmDeleteDialog({
  title,
  children,
  onKeep,
  onDelete,
  returnFocusTo,
  deleteLabel = 'Delete',
  keepLabel = 'Keep it',
  failed = nothingChanged,
  ready = true,
}: ConfirmDeleteProps) {
  const keep = useRef<HTMLButtonElement>(null);
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    if (deleting || !ready) return;
    setDeleting(true);
    try {
      await onDelete();
    } catch (e) {
      setProblem(failed(e instanceof Error ? e.message : String(e)));
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
            aria-disabled={deleting || !ready || undefined}
            onClick={() => void confirm()}
          >
            {deleteLabel}
          </button>
          <button type="button" className="button button-secondary" ref={keep} onClick={onKeep}>
            {keepLabel}
          </button>
        </>
      }
    >
      {children}
      {problem && <p role="alert">{problem}</p>}
    </Dialog>
  );
}
