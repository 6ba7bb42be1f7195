// @vitest-environment jsdom
// The reflective account on the debrief: the generated draft appears and is stored at once, the
// learner's edits change their share of the words and are saved (after a pause, on blur, and when
// they leave), "Start again" and a change of unit never discard their text without confirmation.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorship } from '../../domain/reflection/authorship';
import { PROMPT_MARKER } from '../../domain/reflection/plain-text';
import type { Framework } from '../../domain/scoring/framework-schema';
import { useSessions } from '../../store/sessions-store';
import { stored } from '../play/test-screens';
import { unitLabel } from './assessment-frameworks';
import { expectedDraft, openAssessedDebrief, unitsOf } from './assessment-test-kit';
import { shareSentence } from './reflection-authorship';

beforeAll(async () => {
  await useSessions.getState().init();
});

const editor = () => screen.getByRole('textbox', { name: 'Your reflective account' });
const shareStatus = () =>
  screen.findByText(/^\d+% of this account is in your own words \(\d+ of \d+ words?\)$/, {
    selector: '[role="status"]',
  });
const OWN = 'I felt my heart rate go up when she raised her voice';

describe('the reflective account', () => {
  it('shows the draft for the chosen unit and stores it on the record at once', async () => {
    const { scenario, record } = await openAssessedDebrief('best');
    const unit = unitsOf(scenario)[0]!;
    const draft = expectedDraft(scenario, record, unit);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Your reflective account' }),
    ).toBeVisible();
    expect(editor()).toHaveValue(draft);
    expect(editor()).toHaveAccessibleDescription(
      /“\[Your words: …\]” are for what only you can write/,
    );
    await waitFor(() =>
      expect(stored(record.id)?.reflection).toMatchObject({
        frameworkId: unit.id,
        draft,
        final: draft,
        declaration: null,
      }),
    );
    expect((await shareStatus()).textContent).toBe(shareSentence(authorship(draft, draft)));
    expect(stored(record.id)?.events).toEqual(record.events);
  });

  it('raises the authored share as the learner replaces a prompt, and saves the edit', async () => {
    const user = userEvent.setup();
    const { scenario, record } = await openAssessedDebrief('best');
    const draft = expectedDraft(scenario, record, unitsOf(scenario)[0]!);
    expect((await shareStatus()).textContent).toMatch(/^0% /);
    await user.click(screen.getByRole('button', { name: 'Go to the next prompt' }));
    expect(editor()).toHaveFocus();
    const box = editor() as HTMLTextAreaElement;
    expect(box.value.slice(box.selectionStart, box.selectionStart + PROMPT_MARKER.length)).toBe(
      PROMPT_MARKER,
    );
    await user.keyboard(OWN);
    const final = box.value;
    expect(final).toContain(OWN);
    expect(final.split(PROMPT_MARKER).length).toBe(draft.split(PROMPT_MARKER).length - 1);
    const share = authorship(draft, final);
    expect(share.ownWords).toBeGreaterThan(0);
    await waitFor(
      async () => expect((await shareStatus()).textContent).toBe(shareSentence(share)),
      {
        timeout: 3000,
      },
    );
    await waitFor(() => expect(stored(record.id)?.reflection?.final).toBe(final));
  });

  it('never loses what was typed: leaving the debrief straight after typing still saves it', async () => {
    const user = userEvent.setup();
    const { record, view } = await openAssessedDebrief('best');
    await user.click(editor());
    await user.keyboard(' Last words.');
    const final = (editor() as HTMLTextAreaElement).value;
    expect(final).toContain(' Last words.');
    view.unmount();
    await waitFor(() => expect(stored(record.id)?.reflection?.final).toBe(final));
  });

  it('saves when the learner leaves the box', async () => {
    const user = userEvent.setup();
    const { record } = await openAssessedDebrief('best');
    await user.click(editor());
    await user.keyboard('Blurred.');
    const final = (editor() as HTMLTextAreaElement).value;
    await user.tab();
    await waitFor(() => expect(stored(record.id)?.reflection?.final).toBe(final), { timeout: 300 });
  });

  it('saves when the page is hidden or closed', async () => {
    const user = userEvent.setup();
    const { record } = await openAssessedDebrief('best');
    await user.click(editor());
    await user.keyboard('Closing the tab now.');
    const final = (editor() as HTMLTextAreaElement).value;
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(() => expect(stored(record.id)?.reflection?.final).toBe(final), { timeout: 300 });
  });

  it('starts again from the kept draft only after the learner confirms', async () => {
    const user = userEvent.setup();
    const { scenario, record } = await openAssessedDebrief('best');
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
    await waitFor(() => expect(stored(record.id)?.reflection?.final).toBe(draft));
  });

  it('follows the unit while the draft is untouched', async () => {
    const user = userEvent.setup();
    const { scenario, record } = await openAssessedDebrief('best');
    const other = unitsOf(scenario)[1]!;
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Qualification unit' }),
      unitLabel(other),
    );
    const draft = expectedDraft(scenario, record, other);
    expect(editor()).toHaveValue(draft);
    await waitFor(() =>
      expect(stored(record.id)?.reflection).toMatchObject({ frameworkId: other.id, draft }),
    );
  });

  it('keeps the learner’s text when they change unit, and drafts again only if they confirm', async () => {
    const user = userEvent.setup();
    const { scenario, record } = await openAssessedDebrief('best');
    const [first, other] = unitsOf(scenario) as [Framework, Framework];
    await user.type(editor(), ' Mine.');
    const mine = (editor() as HTMLTextAreaElement).value;
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Qualification unit' }),
      unitLabel(other),
    );
    expect(editor()).toHaveValue(mine);
    expect(
      screen.getByText(/this account was drafted for another unit\. Your text has been kept\./),
    ).toBeVisible();
    const again = screen.getByRole('button', { name: `Draft again for “${other.unit.title}”` });
    await user.click(again);
    await user.click(screen.getByRole('button', { name: 'Keep my account' }));
    expect(editor()).toHaveValue(mine);
    await waitFor(() =>
      expect(stored(record.id)?.reflection).toMatchObject({ final: mine, frameworkId: first.id }),
    );
    await user.click(again);
    await user.click(screen.getByRole('button', { name: 'Replace my account' }));
    const draft = expectedDraft(scenario, record, other);
    expect(editor()).toHaveValue(draft);
    await waitFor(() =>
      expect(stored(record.id)?.reflection).toMatchObject({
        frameworkId: other.id,
        draft,
        final: draft,
      }),
    );
  });
});
