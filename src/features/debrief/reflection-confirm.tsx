// A confirmation before replacing the learner's text. Focus starts on the safe choice (keep); it
// returns to the button that opened the dialog if they keep their text, to the text if it is replaced.
import { useRef, type ReactNode } from 'react';
import { Dialog } from '../../components/dialog';
import { REFLECTION_TEXT_ID } from './reflection-state';

interface ConfirmReplaceProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  keepLabel: string;
  onConfirm(): void;
  onKeep(): void;
}

export function ConfirmReplace({
  title,
  children,
  confirmLabel,
  keepLabel,
  onConfirm,
  onKeep,
}: ConfirmReplaceProps) {
  const keep = useRef<HTMLButtonElement>(null);
  const replaced = useRef(false);
  return (
    <Dialog
      title={title}
      onCancel={onKeep}
      initialFocus={keep}
      returnFocusTo={() => (replaced.current ? document.getElementById(REFLECTION_TEXT_ID) : null)}
      actions={
        <>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              replaced.current = true;
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
          <button ref={keep} type="button" className="button button-secondary" onClick={onKeep}>
            {keepLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
