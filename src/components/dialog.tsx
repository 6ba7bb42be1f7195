/**
 * A modal dialog on the native <dialog> element: showModal gives the top layer, a backdrop and an
 * inert page behind it. Mount it to open it, unmount it to close it. Focus goes to `initialFocus`
 * (or the first control), Escape calls `onCancel`, and on close focus returns to whatever
 * `returnFocusTo` gives, else to the control that opened it.
 */
import {
  useId,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import './dialog.css';

interface Props {
  title: string;
  children: ReactNode;
  /** Buttons, laid out as the dialog's footer. */
  actions: ReactNode;
  /** Escape, or any other dismissal: the safe choice. */
  onCancel(): void;
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes on close; null or a detached element falls back to the opener. */
  returnFocusTo?: () => HTMLElement | null;
}

export function Dialog({ title, children, actions, onCancel, initialFocus, returnFocusTo }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnTo = useRef(returnFocusTo);
  useLayoutEffect(() => {
    returnTo.current = returnFocusTo;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; the open attribute is the same dialog without the top layer.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    (
      initialFocus?.current ??
      dialog.querySelector<HTMLElement>('button, [href], input, select, textarea')
    )?.focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      const target = returnTo.current?.();
      (target?.isConnected ? target : opener?.isConnected ? opener : null)?.focus();
    };
    // Opening happens once per mount; later prop changes must not re-open or move focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const cancel = (e: SyntheticEvent) => {
    e.preventDefault();
    onCancel();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') cancel(e);
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={cancel}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">{actions}</div>
    </dialog>
  );
}
