/**
 * A section the reader opens when they need it: a heading whose whole text is a button
 * (aria-expanded, aria-controls), and the content after it, hidden until opened. A button rather
 * than <details>, so the owner can open it from elsewhere (a link into it) and print can show it
 * whole (the panel only carries `hidden`, which a print stylesheet may override; a copy of the
 * title, hidden on screen, stands in for the button on paper). Controlled when `open` is given,
 * else it keeps its own state.
 */
import { useId, useState, type ReactNode } from 'react';
import './disclosure.css';

interface DisclosureProps {
  title: string;
  /** A short line after the title saying what is inside ("8 turns", "not signed yet"). */
  hint?: string | undefined;
  level?: 2 | 3;
  open?: boolean;
  onToggle?: (open: boolean) => void;
  defaultOpen?: boolean;
  className?: string;
  children: ReactNode;
}

export function Disclosure({
  title,
  hint,
  level = 2,
  open: controlled,
  onToggle,
  defaultOpen = false,
  className,
  children,
}: DisclosureProps) {
  const [own, setOwn] = useState(defaultOpen);
  const open = controlled ?? own;
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  const toggle = () => {
    if (controlled === undefined) setOwn(!open);
    onToggle?.(!open);
  };
  return (
    <section
      className={`disclosure${open ? ' disclosure-open' : ''}${className ? ` ${className}` : ''}`}
      aria-labelledby={`${id}-button`}
    >
      <Heading className="disclosure-heading">
        <button
          id={`${id}-button`}
          type="button"
          className="disclosure-button"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={toggle}
        >
          <svg
            className="disclosure-icon"
            viewBox="0 0 20 20"
            width="20"
            height="20"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M7 4 L13 10 L7 16" />
          </svg>
          <span className="disclosure-title">{title}</span>
          {hint && <span className="disclosure-hint">{hint}</span>}
        </button>
        {/* Printed in place of the button, which print styles hide (there is nothing to press). */}
        <span className="disclosure-print-title" aria-hidden="true">
          {title}
        </span>
      </Heading>
      <div id={`${id}-panel`} className="disclosure-panel" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
