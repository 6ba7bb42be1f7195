// @vitest-environment jsdom
// The reflective account on the debrief: the generated draft appears and is stored in the session
// log at once; the learner's edits change their share of the words, are kept at once in the working
// copy and revised into the log after a pause, on blur, when the page is hidden and when they leave;
// "Start again" and a change of unit never discard their text without confirmation. What is stored
// is read from the log (reflection.revise entries), traced.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { authorship } from '../../domain/reflection/authorship';
import { PROMPT_MARKER } from '../../domain/reflection/plain-text';
import type { Framework } from '../../domain/scoring/framework-schema';
import { readWorkingText } from '../../store/reflection-draft';
import { useSessions } from '../../store/sessions-store';
import { inStorage } from '../../test-util/log-storage-kit';
import { stored, storedTrace } from '../play/test-screens';
import { REVISE_DELAY_MS } from './account-writer';
import { unitLabel } from './assessment-frameworks';
import {
  expectedDraft,
  openAllSections,
  openAssessedDebrief,
  openDebrief,
  unitsOf,
} from './assessment-test-kit';
import { shareSentence } from './reflection-authorship';

beforeAll(async () => {
  await useSessions.getState().init();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * The pause never comes: the account's revise timer (REVISE_DELAY_MS) is swallowed, so a revision
 * that reaches the log was made by the event under test (blur, page hide), however slow the machine.
 */
function withoutThePause() {
  const realSetTimeout = globalThis.setTimeout;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
    run: () => void,
    ms?: number,
    ...args: unknown[]
  ) =>
    ms === REVISE_DELAY_MS
      ? realSetTimeout(() => {}, 0)
      : realSetTimeout(run, ms, ...args)) as typeof setTimeout);
}

const editor = () =>
  screen.getByRole('textbox', { name: 'Your reflective account' }) as HTMLTextAreaElement;
const shareStatus = () =>
  screen.findByText(/^\d+% of this account is in your own words \(\d+ of \d+ words?\)$/, {
    selector: '[role="status"]',
  });
const account = (id: string) => storedTrace(id)?.reflection;
const OWN = 'I felt my heart rate go up when she raised her voice';

/** Opens a debrief and waits until its generated draft is the log's first revision. */
async function openWithDraft() {
  const opened = await openAssessedDebrief('best');
  await waitFor(() => expect(account(opened.record.id)?.revisions).toBe(1));
  return opened;
}

describe('the reflective account', () => {
  it('shows the draft for the chosen unit and stores it in the log at once', async () => {
    const { scenario, record } = await openAssessedDebrief('best');
    const unit = unitsOf(scenario)[0]!;
    const draft = expectedDraft(scenario, record, unit);
    expect(
      screen.getByRole('heading', { level: 3, name: 'Your reflective account' }),
    ).toBeVisible();
    expect(editor()).toHaveValue(draft);
    expect(editor()).toHaveAccessibleDescription(
      /“\[Your words: …\]” are for what only you can write/,
    );
    await waitFor(() =>
      expect(account(record.id)).toMatchObject({
        frameworkId: unit.id,
        draft,
        text: draft,
        revisions: 1,
      }),
    );
    expect(storedTrace(record.id)!.declaration).toBeNull();
    expect((await shareStatus()).textContent).toBe(shareSentence(authorship(draft, draft)));
    // The conversation is untouched: the draft is one new entry after it.
    const entries = stored(record.id)!.log.entries;
    expect(entries.slice(0, -1)).toEqual(record.log.entries);
    expect(entries.at(-1)).toMatchObject({ type: 'reflection.revise', generated: draft });
    expect(storedTrace(record.id)!.discrepancies).toEqual([]);
  });

  it('keeps what is typed at once, and revises it into the log after a pause', async () => {
    const user = userEvent.setup();
    const { scenario, record } = await openWithDraft();
    const draft = expectedDraft(scenario, record, unitsOf(scenario)[0]!);
    expect((await shareStatus()).textContent).toMatch(/^0% /);
    await user.click(screen.getByRole('button', { name: 'Go to the next prompt' }));
    expect(editor()).toHaveFocus();
    const box = editor();
    expect(box.value.slice(box.selectionStart, box.selectionStart + PROMPT_MARKER.length)).toBe(
      PROMPT_MARKER,
    );
    await user.keyboard(OWN);
    const final = box.value;
    expect(final).toContain(OWN);
    expect(final.split(PROMPT_MARKER).length).toBe(draft.split(PROMPT_MARKER).length - 1);
    // Kept at once, before any pause…
    expect(readWorkingText(record.id)?.text).toBe(final);
    expect(account(record.id)?.text).toBe(draft);
    const share = authorship(draft, final);
    expect(share.ownWords).toBeGreaterThan(0);
    await waitFor(async () => expect((await shareStatus()).textContent).toBe(shareSentence(share)));
    // …and revised into the log once the learner pauses.
    await waitFor(() => expect(account(record.id)?.text).toBe(final), {
      timeout: REVISE_DELAY_MS + 5_000,
    });
    expect((await inStorage(record.id))?.log.entries).toEqual(stored(record.id)!.log.entries);
    // Once the log holds it, the working copy is no longer needed.
    expect(readWorkingText(record.id)).toBeNull();
  });

  it('never loses what was typed: leaving the debrief straight after typing saves it, and reopening shows it', async () => {
    const user = userEvent.setup();
    const { scenario, record, view } = await openWithDraft();
    withoutThePause();
    await user.click(editor());
    await user.keyboard(' Last words.');
    const final = editor().value;
    expect(final).toContain(' Last words.');
    view.unmount();
    // Back at once, before the revision can have landed: the text is there.
    const again = await openDebrief(record, scenario);
    expect(editor()).toHaveValue(final);
    again.unmount();
    await waitFor(() => expect(account(record.id)?.text).toBe(final));
    expect((await inStorage(record.id))?.log.entries.at(-1)).toMatchObject({
      type: 'reflection.revise',
      text: final,
    });
    expect(storedTrace(record.id)!.discrepancies).toEqual([]);
  });

  it('saves when the learner leaves the box', async () => {
    const user = userEvent.setup();
    const { record } = await openWithDraft();
    withoutThePause();
    await user.click(editor());
    await user.keyboard('Blurred.');
    const final = editor().value;
    await user.tab();
    await waitFor(() => expect(account(record.id)?.text).toBe(final));
  });

  it('saves when the page is closed (pagehide)', async () => {
    const user = userEvent.setup();
    const { record } = await openWithDraft();
    withoutThePause();
    await user.click(editor());
    await user.keyboard('Closing the tab now.');
    const final = editor().value;
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(() => expect(account(record.id)?.text).toBe(final));
  });

  it('saves when the page is hidden (another app or tab comes to the front)', async () => {
    const user = userEvent.setup();
    const { record } = await openWithDraft();
    withoutThePause();
    await user.click(editor());
    await user.keyboard('Switching apps.');
    const final = editor().value;
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await waitFor(() => expect(account(record.id)?.text).toBe(final));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(document.visibilityState).toBe('visible');
  });

  it('starts again from the kept draft only after the learner confirms', async () => {
    const user = userEvent.setup();
    const { scenario, record } = await openWithDraft();
    const draft = expectedDraft(scenario, record, unitsOf(scenario)[0]!);
    expect(screen.queryByRole('button', { name: 'Start again from the draft' })).toBeNull();
    await user.type(editor(), ' Mine.');
    await user.click(screen.getByRole('button', { name: 'Start again from the draft' }));
    let dialog = screen.getByRole('dialog', { name: 'Start again from the draft?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep my changes' }));
    expect(editor()).toHaveValue(`${draft} Mine.`);
    expect(screen.getByRole('button', { name: 'Start again from the draft' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Start again from the draft' }));
    dialog = screen.getByRole('dialog', { name: 'Start again from the draft?' });
    await user.click(within(dialog).getByRole('button', { name: 'Start again' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(editor()).toHaveValue(draft);
    expect(editor()).toHaveFocus();
    await waitFor(() => expect(account(record.id)?.text).toBe(draft));
    // The learner's own version was saved too, before it was replaced: the log keeps it.
    expect(
      stored(record.id)!
        .log.entries.filter((e) => e.type === 'reflection.revise')
        .map((e) => e.text),
    ).toContain(`${draft} Mine.`);
  });

  it('follows the unit while the draft is untouched', async () => {
    const user = userEvent.setup();
    const { scenario, record } = await openWithDraft();
    const other = unitsOf(scenario)[1]!;
    openAllSections(['units']);
    await user.click(screen.getByRole('radio', { name: unitLabel(other) }));
    const draft = expectedDraft(scenario, record, other);
    // The other unit's criteria load when it is chosen.
    await waitFor(() => expect(editor()).toHaveValue(draft));
    await waitFor(() =>
      expect(account(record.id)).toMatchObject({ frameworkId: other.id, draft, text: draft }),
    );
  });

  it('keeps the learner’s text when they change unit, and drafts again only if they confirm', async () => {
    const user = userEvent.setup();
    const { scenario, record } = await openWithDraft();
    const [first, other] = unitsOf(scenario) as [Framework, Framework];
    await user.type(editor(), ' Mine.');
    const mine = editor().value;
    openAllSections(['units']);
    await user.click(screen.getByRole('radio', { name: unitLabel(other) }));
    expect(editor()).toHaveValue(mine);
    expect(
      screen.getByText(/this account was drafted for another unit\. Your text has been kept\./),
    ).toBeVisible();
    const again = screen.getByRole('button', { name: `Draft again for “${other.unit.title}”` });
    await user.click(again);
    await user.click(screen.getByRole('button', { name: 'Keep my account' }));
    expect(editor()).toHaveValue(mine);
    await waitFor(() =>
      expect(account(record.id)).toMatchObject({ text: mine, frameworkId: first.id }),
    );
    await user.click(again);
    await user.click(screen.getByRole('button', { name: 'Replace my account' }));
    const draft = expectedDraft(scenario, record, other);
    expect(editor()).toHaveValue(draft);
    await waitFor(() =>
      expect(account(record.id)).toMatchObject({ frameworkId: other.id, draft, text: draft }),
    );
  });
});
