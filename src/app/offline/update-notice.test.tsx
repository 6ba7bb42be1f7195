// @vitest-environment jsdom
// The update notice: nothing until a new version waits; then an offer, never a forced reload, and
// the update only when the learner presses the button (once, however often it is pressed).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOffline } from './offline-store';
import { UpdateNotice } from './update-notice';

afterEach(() => useOffline.setState({ update: null, updatedElsewhere: false }));

describe('UpdateNotice', () => {
  it('says nothing while no new version is waiting', () => {
    const { container } = render(<UpdateNotice />);
    expect(container).toBeEmptyDOMElement();
  });

  it('offers the waiting version and updates only when asked, once', async () => {
    const user = userEvent.setup();
    const update = vi.fn();
    render(<UpdateNotice />);
    useOffline.setState({ update });
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent(
      'A new version of Defuse is ready. Your sessions are saved, so you can update now and carry on where you are.',
    );
    expect(update).not.toHaveBeenCalled();
    const button = screen.getByRole('button', { name: 'Update now' });
    await user.click(button);
    await user.click(button);
    expect(update).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Updating…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('asks for a reload when another tab took the new version', async () => {
    render(<UpdateNotice />);
    useOffline.setState({ updatedElsewhere: true });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Defuse was updated in another tab. Reload this page to carry on: your sessions are saved.',
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
  });
});
