// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog } from './dialog';

function Harness({ returnTo }: { returnTo?: boolean }) {
  const [open, setOpen] = useState(false);
  const [log, setLog] = useState<string[]>([]);
  const safe = useRef<HTMLButtonElement>(null);
  const elsewhere = useRef<HTMLHeadingElement>(null);
  return (
    <>
      <h2 ref={elsewhere} tabIndex={-1}>
        Elsewhere
      </h2>
      <button onClick={() => setOpen(true)}>Open</button>
      <p>{log.join(', ')}</p>
      {open && (
        <Dialog
          title="Are you sure?"
          initialFocus={safe}
          returnFocusTo={returnTo ? () => elsewhere.current : undefined}
          onCancel={() => {
            setLog((l) => [...l, 'cancel']);
            setOpen(false);
          }}
          actions={
            <>
              <button onClick={() => setOpen(false)}>Go ahead</button>
              <button ref={safe} onClick={() => setOpen(false)}>
                Stay safe
              </button>
            </>
          }
        >
          <p>Explained here.</p>
        </Dialog>
      )}
    </>
  );
}

describe('Dialog', () => {
  it('opens as a named dialog with focus on the chosen control, and Escape cancels it and restores focus', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('dialog', { name: 'Are you sure?' })).toHaveTextContent(
      'Explained here.',
    );
    expect(screen.getByRole('button', { name: 'Stay safe' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('cancel')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('sends focus where the caller asks on close', async () => {
    const user = userEvent.setup();
    render(<Harness returnTo />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'Go ahead' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Elsewhere' })).toHaveFocus();
  });
});
