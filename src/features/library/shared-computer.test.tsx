// @vitest-environment jsdom
// A shared computer in the library: signing in for the visit by name, seeing only your own
// sessions, "Remove my sessions from this computer" and signing out, each asking first and naming
// the assessment attempts not yet downloaded. Real stores, real (fake) IndexedDB.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '../../export/download';
import { useExportedLogs } from '../../store/exported-logs';
import { useSessions } from '../../store/sessions-store';
import { useSharedComputer } from '../../store/shared-computer';
import { inStorage } from '../../test-util/log-storage-kit';
import { renderWithRouter } from '../../test-util/render';
import { withdraw } from '../../test-util/sessions';
import { renderScreens, seedSession } from '../play/test-screens';
import { LibraryScreen } from './library-screen';

vi.mock('../../export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../export/download')>()),
  downloadFile: vi.fn(),
}));

const store = () => useSessions.getState();
const past = () => within(screen.getByRole('region', { name: 'Past sessions' }));
const listed = () => past().queryAllByRole('listitem').length;

beforeAll(async () => {
  await store().init();
});

beforeEach(async () => {
  useSharedComputer.getState().signOut();
  for (const s of store().sessions) await store().remove(s.log.header.sessionId);
  vi.mocked(downloadFile).mockClear();
});

async function signIn(user: ReturnType<typeof userEvent.setup>, name: string) {
  const panel = within(screen.getByRole('region', { name: 'On a shared computer?' }));
  await user.type(panel.getByRole('textbox', { name: 'Your name' }), name);
  await user.click(panel.getByRole('button', { name: 'Sign in on a shared computer' }));
  return screen.findByRole('region', { name: `Signed in as ${name}` });
}

describe('a shared computer', () => {
  it('signs in by name for the visit, and lists only that learner’s sessions', async () => {
    const user = userEvent.setup();
    const theirs = await seedSession('practice', [withdraw(10)], 'Ana Own');
    renderWithRouter(<LibraryScreen />);
    await waitFor(() => expect(listed()).toBe(1));
    expect(past().getByText('As Ana Own')).toBeInTheDocument();

    // No name: said, and the field says why.
    const panel = within(screen.getByRole('region', { name: 'On a shared computer?' }));
    await user.click(panel.getByRole('button', { name: 'Sign in on a shared computer' }));
    expect(panel.getByRole('textbox', { name: 'Your name' })).toHaveAccessibleDescription(
      'Error: Enter your name to sign in.',
    );
    expect(panel.getByRole('textbox', { name: 'Your name' })).toHaveAttribute(
      'autocomplete',
      'off',
    );

    const signedIn = await signIn(user, 'Ben Shared');
    expect(
      within(signedIn).getByRole('heading', { name: 'Signed in as Ben Shared' }),
    ).toHaveFocus();
    // Another learner's session is not shown to the one signed in, under any name.
    await waitFor(() => expect(listed()).toBe(0));
    expect(screen.queryByText(/Ana Own/)).toBeNull();
    const mine = await seedSession('assessment', [withdraw(20)], 'Ben Shared');
    await waitFor(() => expect(listed()).toBe(1));
    expect(past().getByText('As Ben Shared')).toBeInTheDocument();
    expect(useSharedComputer.getState().owners[mine.id]).toBe(
      useSharedComputer.getState().signedIn!.id,
    );
    expect(
      within(signedIn).getByText('One assessment attempt has not been downloaded yet.'),
    ).toBeInTheDocument();
    expect(theirs.id).not.toBe(mine.id);
  });

  it('removes the learner’s sessions only when they confirm, naming an attempt not kept, and leaves others’', async () => {
    const user = userEvent.setup();
    const other = await seedSession('assessment', [withdraw(10)], 'Ana Own');
    renderWithRouter(<LibraryScreen />);
    await signIn(user, 'Ben Shared');
    const practice = await seedSession('practice', [withdraw(20)], 'Ben Shared');
    const attempt = await seedSession('assessment', [withdraw(30)], 'Ben Shared');
    await waitFor(() => expect(listed()).toBe(2));

    const remove = screen.getByRole('button', { name: 'Remove my sessions from this computer' });
    await user.click(remove);
    let dialog = screen.getByRole('dialog', { name: 'Remove your sessions from this computer?' });
    expect(within(dialog).getByRole('button', { name: 'Keep them' })).toHaveFocus();
    expect(within(dialog).getByText(/This removes 2 sessions from this computer/)).toBeVisible();
    // The unexported attempt says so, and can be downloaded there and then.
    expect(within(dialog).getByText('An assessment attempt has not been kept:')).toBeVisible();
    const download = within(dialog).getByRole('button', { name: /^Download its session log/ });
    await user.click(within(dialog).getByRole('button', { name: 'Keep them' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(remove).toHaveFocus();
    expect(store().sessions).toHaveLength(3);
    expect(download).not.toBeInTheDocument();

    await user.click(remove);
    dialog = screen.getByRole('dialog', { name: 'Remove your sessions from this computer?' });
    await user.click(within(dialog).getByRole('button', { name: /^Download its session log/ }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(1));
    expect(vi.mocked(downloadFile).mock.calls[0]![2]).toBe('application/json');
    await waitFor(() =>
      expect(within(dialog).queryByText('An assessment attempt has not been kept:')).toBeNull(),
    );
    expect(useExportedLogs.getState().exported[attempt.id]).toBe(attempt.log.entries.length);
    await user.click(within(dialog).getByRole('button', { name: 'Remove 2 sessions' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Removed 2 sessions from this computer.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Scenario library' })).toHaveFocus();
    expect(store().sessions.map((s) => s.log.header.sessionId)).toEqual([other.id]);
    expect(await inStorage(practice.id)).toBeNull();
    expect(await inStorage(attempt.id)).toBeNull();
    expect(await inStorage(other.id)).not.toBeNull();
    // Still signed in; the visit has nothing left here.
    expect(useSharedComputer.getState().signedIn?.name).toBe('Ben Shared');
    expect(useSharedComputer.getState().owners).toEqual({});
  });

  it('signs out only after confirming the sessions go, and shows the computer’s own sessions again', async () => {
    const user = userEvent.setup();
    await seedSession('practice', [withdraw(10)], 'Ana Own');
    renderWithRouter(<LibraryScreen />);
    const panel = await signIn(user, 'Ben Shared');
    await seedSession('assessment', [withdraw(20)], 'Ben Shared');
    await waitFor(() => expect(listed()).toBe(1));

    await user.click(within(panel).getByRole('button', { name: 'Sign out' }));
    const dialog = screen.getByRole('dialog', { name: 'Sign out and remove your sessions?' });
    expect(within(dialog).getByText('An assessment attempt has not been kept:')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(useSharedComputer.getState().signedIn).not.toBeNull();
    expect(within(panel).getByRole('button', { name: 'Sign out' })).toHaveFocus();

    await user.click(within(panel).getByRole('button', { name: 'Sign out' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Sign out and remove 1 session',
      }),
    );
    const signedOut = await screen.findByRole('heading', { name: 'On a shared computer?' });
    await waitFor(() => expect(signedOut).toHaveFocus());
    expect(screen.getByText('Signed out. Removed 1 session from this computer.')).toBeVisible();
    expect(useSharedComputer.getState().signedIn).toBeNull();
    await waitFor(() => expect(listed()).toBe(1));
    expect(past().getByText('As Ana Own')).toBeInTheDocument();
  });

  it('never opens another learner’s debrief or conversation while someone is signed in', async () => {
    const user = userEvent.setup();
    const theirs = await seedSession('assessment', [withdraw(10)], 'Ana Own');
    const view = renderWithRouter(<LibraryScreen />);
    await signIn(user, 'Ben Shared');
    view.unmount();
    for (const path of [`/debrief/${theirs.id}`, `/play/${theirs.id}`]) {
      const screens = renderScreens(path);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Session not found' }),
      ).toBeInTheDocument();
      expect(screen.queryByText(/Ana Own/)).toBeNull();
      screens.unmount();
    }
  });

  it('in a personal session list, asks whose sessions to remove before removing any', async () => {
    const user = userEvent.setup();
    await seedSession('practice', [withdraw(10)], 'Ana Own');
    await seedSession('practice', [withdraw(20)], 'Cal Other');
    await seedSession('practice', [withdraw(30)], 'Cal Other');
    renderWithRouter(<LibraryScreen />);
    await waitFor(() => expect(listed()).toBe(3));
    await user.click(screen.getByRole('button', { name: 'Remove my sessions from this computer' }));
    const dialog = within(screen.getByRole('dialog'));
    const confirm = dialog.getByRole('button', { name: 'Remove' });
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    await user.click(confirm);
    expect(store().sessions).toHaveLength(3);
    const whose = within(dialog.getByRole('group', { name: 'Whose sessions?' }));
    await user.click(whose.getByRole('radio', { name: 'Played as Cal Other (2 sessions)' }));
    await user.click(dialog.getByRole('button', { name: 'Remove 2 sessions' }));
    await waitFor(() => expect(store().sessions).toHaveLength(1));
    expect(store().sessions[0]!.log.header.learnerName).toBe('Ana Own');
  });
});
