// @vitest-environment jsdom
// Text typed in the reflective account a moment before a reload is never lost. A reload is
// simulated with the real store over real (fake-indexeddb) storage (controlled-sessions.ts): the
// tab's unfinished writes are held back and lost with it, and a new store reads what IndexedDB and
// localStorage kept, as the reloaded page would.
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readWorkingText } from '../../store/reflection-draft';
import { useSessions } from '../../store/sessions-store';
import { storageControl } from '../../test-util/controlled-sessions';
import { inStorage } from '../../test-util/log-storage-kit';
import { storedTrace } from '../play/test-screens';
import { expectedDraft, openAssessedDebrief, openDebrief, unitsOf } from './assessment-test-kit';

vi.mock('../../store/sessions-store', async (importOriginal) =>
  (await import('../../test-util/controlled-sessions')).controlledSessionsModule(
    await importOriginal(),
  ),
);

beforeAll(async () => {
  await useSessions.getState().init();
});
afterEach(() => storageControl.reset());

const editor = () =>
  screen.getByRole('textbox', { name: 'Your reflective account' }) as HTMLTextAreaElement;
const account = (id: string) => storedTrace(id)?.reflection;

/** Types `words` at the end of the account, then the page reloads before any write lands. */
async function typeThenReload(view: { unmount(): void }, words: string): Promise<string> {
  const user = userEvent.setup();
  storageControl.holdAppends();
  await user.click(editor());
  await user.keyboard(words);
  const typed = editor().value;
  expect(typed.endsWith(words)).toBe(true);
  window.dispatchEvent(new Event('pagehide'));
  view.unmount();
  await storageControl.reload();
  return typed;
}

describe('reloading while typing the reflective account', () => {
  it('brings back text typed a moment before the reload, then revises it into the log', async () => {
    const { scenario, record, view } = await openAssessedDebrief('best');
    const draft = expectedDraft(scenario, record, unitsOf(scenario)[0]!);
    await waitFor(() => expect(account(record.id)?.revisions).toBe(1));
    const typed = await typeThenReload(view, ' Typed just before the reload.');
    // The write in flight was lost with the page; the working copy was kept as each key was typed.
    expect(account(record.id)?.text).toBe(draft);
    expect(readWorkingText(record.id)?.text).toBe(typed);

    await openDebrief(record, scenario);
    expect(editor()).toHaveValue(typed);
    await waitFor(() => expect(account(record.id)).toMatchObject({ text: typed, revisions: 2 }));
    expect((await inStorage(record.id))?.log.entries.at(-1)).toMatchObject({
      type: 'reflection.revise',
      text: typed,
    });
  });

  it('brings it back even when the reload came before the first draft was stored', async () => {
    storageControl.holdAppends();
    const { scenario, record, view } = await openAssessedDebrief('best');
    const draft = expectedDraft(scenario, record, unitsOf(scenario)[0]!);
    const typed = await typeThenReload(view, ' Straight away.');
    expect(typed).toBe(`${draft} Straight away.`);
    expect(account(record.id)).toBeNull();

    await openDebrief(record, scenario);
    expect(editor()).toHaveValue(typed);
    await waitFor(() =>
      expect(account(record.id)).toMatchObject({ draft, text: typed, revisions: 1 }),
    );
  });
});
