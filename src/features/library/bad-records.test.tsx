// @vitest-environment jsdom
// The library lists every stored record that could not be opened, with what is wrong, and lets
// the learner download it as it is or delete it. Real store, real (fake) IndexedDB and localStorage.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { wrap, type IDBPDatabase } from 'idb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '../../export/download';
import { openLogStorage } from '../../store/log-storage';
import { useSessions } from '../../store/sessions-store';
import { sessionToPlay, summaryOf } from '../../test-util/log-storage-kit';
import { renderWithRouter } from '../../test-util/render';
import { LibraryScreen } from './library-screen';

vi.mock('../../export/download', () => ({ downloadFile: vi.fn(), downloadText: vi.fn() }));

const OLD = { format: 1, id: 'old-1', scenarioTitle: 'Passport delayed', events: [] };
const store = () => useSessions.getState();
const region = () => screen.getByRole('region', { name: 'Sessions that could not be opened' });

beforeAll(async () => {
  // A browser that used the version of Defuse before session logs…
  const v1 = indexedDB.open('defuse', 1);
  v1.onupgradeneeded = () => v1.result.createObjectStore('sessions', { keyPath: 'id' });
  const old = (await wrap(v1)) as IDBPDatabase;
  await old.put('sessions', OLD);
  old.close();
  // …then stored a session whose header lost its start time…
  (await openLogStorage({ openChannel: null })).close();
  const db = (await wrap(indexedDB.open('defuse', 2))) as IDBPDatabase;
  const { log } = await sessionToPlay([], 'nostart');
  const { startedAt: _lost, ...header } = log.header;
  await db.put('sessions', { sessionId: 'nostart', header, summary: summaryOf(log) });
  db.close();
  // …and kept a copy of unsaved entries that was damaged.
  localStorage.setItem('defuse:unsaved:lost', '{not json');
  await store().init();
});

describe('sessions that could not be opened', () => {
  it('are listed with what is wrong, each with buttons named for it', () => {
    renderWithRouter(<LibraryScreen />);
    const list = within(region());
    expect(list.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Session nostart',
      'Session old-1',
      'Session lost',
    ]);
    expect(list.getByText('session nostart: header.startedAt is missing')).toBeInTheDocument();
    expect(
      list.getByText(
        'session old-1: saved by an earlier version of Defuse before session logs; download it to keep it',
      ),
    ).toBeInTheDocument();
    expect(
      list.getByText('session lost: unsaved entries kept in this browser: the copy is not JSON'),
    ).toBeInTheDocument();
    for (const name of ['Session nostart', 'Session old-1', 'Session lost']) {
      expect(list.getByRole('button', { name: `Download as it is ${name}` })).toBeInTheDocument();
      expect(list.getByRole('button', { name: `Delete ${name}` })).toBeInTheDocument();
    }
  });

  it('download exactly as stored, as JSON', async () => {
    const user = userEvent.setup();
    renderWithRouter(<LibraryScreen />);
    await user.click(screen.getByRole('button', { name: 'Download as it is Session old-1' }));
    expect(downloadFile).toHaveBeenCalledWith(
      'defuse-record-old-1.json',
      expect.any(String),
      'application/json',
    );
    const [, text] = vi.mocked(downloadFile).mock.calls[0]!;
    expect(JSON.parse(text)).toEqual(OLD);
  });

  it('are deleted only after confirming, from the list and from storage', async () => {
    const user = userEvent.setup();
    renderWithRouter(<LibraryScreen />);
    const button = screen.getByRole('button', { name: 'Delete Session old-1' });
    await user.click(button);
    let dialog = screen.getByRole('dialog', { name: 'Delete this record?' });
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(store().bad).toHaveLength(3);

    await user.click(button);
    dialog = screen.getByRole('dialog', { name: 'Delete this record?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(region()).queryByText(/old-1/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Sessions that could not be opened' }),
    ).toHaveFocus();
    const reread = await openLogStorage({ openChannel: null });
    expect((await reread.load()).bad.map((r) => r.key)).toEqual([
      'sessions/nostart',
      'unsaved/lost',
    ]);
    reread.close();
  });

  it('leave the library once all are deleted, putting focus on the page title', async () => {
    const user = userEvent.setup();
    renderWithRouter(<LibraryScreen />);
    for (const name of ['Session nostart', 'Session lost']) {
      await user.click(screen.getByRole('button', { name: `Delete ${name}` }));
      await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    }
    expect(
      screen.queryByRole('region', { name: 'Sessions that could not be opened' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(localStorage.getItem('defuse:unsaved:lost')).toBeNull();
  });
});
