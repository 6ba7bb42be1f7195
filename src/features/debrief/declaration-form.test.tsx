// @vitest-environment jsdom
// The authenticity declaration: specific, linked errors when the account is not ready or the form
// is incomplete; a valid signature appended to the session log (a reflection.sign entry naming the
// revision signed), dated with the learner's local date; any later change leaves that signature
// behind and the screen says the account needs signing again; once signed, the account downloads
// as a text file with the learner's text and the declaration.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { runtime } from '../../app/runtime';
import { authorship } from '../../domain/reflection/authorship';
import { DECLARATION_STATEMENT } from '../../domain/reflection/declaration';
import { PROMPT_MARKER, unfilledPrompts } from '../../domain/reflection/plain-text';
import { sha256Hex } from '../../domain/session/hash';
import { useSessions } from '../../store/sessions-store';
import { inStorage } from '../../test-util/log-storage-kit';
import { stored, storedTrace } from '../play/test-screens';
import { expectedDraft, openAssessedDebrief, openDebrief, unitsOf } from './assessment-test-kit';
import { shareSentence } from './reflection-authorship';

const NOW = Date.UTC(2025, 2, 14, 10, 30);
const LONDON = 'Europe/London';

beforeAll(async () => {
  await useSessions.getState().init();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const editor = () =>
  screen.getByRole('textbox', { name: 'Your reflective account' }) as HTMLTextAreaElement;
const sign = () => screen.getByRole('button', { name: 'Sign the declaration' });

/** The draft with every prompt answered in the learner's words. */
const answered = (draft: string) =>
  unfilledPrompts(draft).reduce(
    (text, prompt, i) => text.replace(prompt, `In my own words, answer number ${i + 1}.`),
    draft,
  );

/** jsdom's Blob has no text(); FileReader reads it. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

/** Signs the account with every prompt answered, at `now` in the learner's zone, London. */
async function openSigned(now = NOW, dateInWords = '14 March 2025') {
  vi.spyOn(runtime, 'now').mockReturnValue(now);
  vi.spyOn(runtime, 'timeZone').mockReturnValue(LONDON);
  const user = userEvent.setup();
  const opened = await openAssessedDebrief('best', 'Sam Patel');
  const draft = expectedDraft(opened.scenario, opened.record, unitsOf(opened.scenario)[0]!);
  const final = answered(draft);
  await user.clear(editor());
  await user.click(editor());
  await user.paste(final);
  await user.click(screen.getByRole('checkbox', { name: 'I confirm this is my own work' }));
  await user.click(sign());
  await screen.findByText(`Signed by Sam Patel on ${dateInWords}`);
  return { ...opened, user, draft, final };
}

describe('the declaration', () => {
  it('shows the statement, the learner’s name and today’s date', async () => {
    vi.spyOn(runtime, 'now').mockReturnValue(NOW);
    await openAssessedDebrief('best', 'Sam Patel');
    const section = within(screen.getByRole('region', { name: 'Declaration' }));
    expect(section.getByText(DECLARATION_STATEMENT)).toBeVisible();
    expect(section.getByRole('textbox', { name: 'Your name' })).toHaveValue('Sam Patel');
    // A name, as on the start form: 80 characters at most.
    expect(section.getByRole('textbox', { name: 'Your name' })).toHaveAttribute('maxlength', '80');
    expect(section.getByText('14 March 2025')).toHaveAttribute('datetime', '2025-03-14');
    expect(
      section.getByRole('checkbox', { name: 'I confirm this is my own work' }),
    ).not.toBeChecked();
  });

  it('will not sign while prompts are unfilled: says how many, focused, and links to them', async () => {
    const user = userEvent.setup();
    const { scenario, record } = await openAssessedDebrief('best', 'Sam Patel');
    const draft = expectedDraft(scenario, record, unitsOf(scenario)[0]!);
    const count = unfilledPrompts(draft).length;
    await user.click(screen.getByRole('checkbox', { name: 'I confirm this is my own work' }));
    await user.click(sign());
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    expect(summary.parentElement).toHaveFocus();
    const link = within(summary).getByRole('link', {
      name: `${count} parts marked “[Your words: …]” still need your own words before you can sign.`,
    });
    await user.click(link);
    expect(editor()).toHaveFocus();
    expect(editor().selectionStart).toBe(draft.indexOf(PROMPT_MARKER));
    expect(within(summary).getAllByRole('listitem')).toHaveLength(1);
    expect(storedTrace(record.id)!.declaration).toBeNull();
    expect(stored(record.id)!.log.entries.map((e) => e.type)).not.toContain('reflection.sign');
  });

  it('lists a missing name and an unticked box, each linked to its field', async () => {
    const user = userEvent.setup();
    await openAssessedDebrief('best', 'Sam Patel');
    await user.clear(screen.getByRole('textbox', { name: 'Your name' }));
    await user.click(sign());
    const summary = screen.getByRole('alert');
    await user.click(
      within(summary).getByRole('link', { name: 'Enter your name to sign the declaration.' }),
    );
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveAccessibleDescription(
      'Error: Enter your name to sign the declaration.',
    );
    await user.click(
      within(summary).getByRole('link', { name: 'Tick “I confirm this is my own work” to sign.' }),
    );
    expect(screen.getByRole('checkbox', { name: 'I confirm this is my own work' })).toHaveFocus();
  });

  it('signs the account in the log and shows who signed, when, and their share of the words', async () => {
    const { record, draft, final } = await openSigned();
    const t = storedTrace(record.id)!;
    expect(t.reflection).toMatchObject({ text: final });
    expect(t.declaration).toMatchObject({
      name: 'Sam Patel',
      date: '2025-03-14',
      statement: DECLARATION_STATEMENT,
      revision: t.reflection!.revision,
      current: true,
    });
    // The signature names exactly the revision signed, and is in storage.
    const last = stored(record.id)!.log.entries.at(-1)!;
    expect(last).toMatchObject({
      type: 'reflection.sign',
      revision: t.reflection!.revision,
      textHash: await sha256Hex(final),
    });
    expect((await inStorage(record.id))?.log.entries.at(-1)).toEqual(last);
    expect(t.discrepancies).toEqual([]);
    expect(
      screen.getByText(`Authored share at signing: ${shareSentence(authorship(draft, final))}.`),
    ).toBeVisible();
    expect(screen.getByText('Signed by Sam Patel on 14 March 2025').parentElement).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Sign the declaration' })).toBeNull();
  });

  it('after a change to the signed account, says it needs signing again, also when reopened', async () => {
    const { user, record, scenario, view } = await openSigned();
    const signed = storedTrace(record.id)!.declaration!;
    await user.type(editor(), ' One more thought.');
    expect(
      await screen.findByText('You changed the account after signing, so it needs signing again.'),
    ).toBeVisible();
    expect(screen.queryByText(/^Signed by/)).toBeNull();
    expect(sign()).toBeVisible();
    expect(
      screen.getByRole('checkbox', { name: 'I confirm this is my own work' }),
    ).not.toBeChecked();
    const changed = editor().value;
    await user.tab();
    // The signature stays in the log for the revision it signed; it is no longer the current one.
    await waitFor(() => expect(storedTrace(record.id)!.reflection!.text).toBe(changed));
    expect(storedTrace(record.id)!.declaration).toEqual({ ...signed, current: false });

    view.unmount();
    await openDebrief(record, scenario);
    expect(editor()).toHaveValue(changed);
    expect(
      screen.getByText('You changed the account after signing, so it needs signing again.'),
    ).toBeVisible();
    expect(screen.queryByText(/^Signed by/)).toBeNull();
    expect(sign()).toBeVisible();
  });

  it('downloads the signed account as text: the learner’s words and the declaration, not the draft', async () => {
    const { user, scenario, final, draft } = await openSigned();
    let file: Blob | undefined;
    const create = vi.fn((blob: Blob) => {
      file = blob;
      return 'blob:account';
    });
    const { createObjectURL, revokeObjectURL } = URL;
    onTestFinished(() => {
      Object.assign(URL, { createObjectURL, revokeObjectURL });
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe(`reflective-account-${scenario.id}-2025-03-14.txt`);
    });
    await user.click(screen.getByRole('button', { name: 'Download the reflective account' }));
    expect(click).toHaveBeenCalledTimes(1);
    const text = await readText(file!);
    expect(text).toContain(`Scenario: ${scenario.title}`);
    expect(text).toContain(final.trim());
    expect(text).not.toContain(PROMPT_MARKER);
    expect(text).toContain(DECLARATION_STATEMENT);
    expect(text).toContain('Signed: Sam Patel');
    expect(text).toContain('Date: 14 March 2025 (2025-03-14)');
    expect(text).toContain(
      shareSentence(authorship(draft, final)).replace('your own words', 'the learner’s own words'),
    );
    expect(window.location.hash).toMatch(/^#\/debrief\//);
  });
});

describe('the declaration date', () => {
  const declarationDate = () =>
    within(screen.getByRole('region', { name: 'Declaration' })).getByText(/^\d+ \w+ \d{4}$/, {
      selector: 'time',
    });

  it('is the learner’s local date: 00:30 BST on 1 June is 1 June, not the UTC 31 May', async () => {
    const { record } = await openSigned(Date.UTC(2025, 4, 31, 23, 30), '1 June 2025');
    expect(storedTrace(record.id)!.declaration).toMatchObject({ date: '2025-06-01' });
  });

  it('is 31 May at 23:30 on 31 May in London', async () => {
    vi.spyOn(runtime, 'now').mockReturnValue(Date.UTC(2025, 4, 31, 22, 30));
    vi.spyOn(runtime, 'timeZone').mockReturnValue(LONDON);
    await openAssessedDebrief('best', 'Sam Patel');
    expect(declarationDate()).toHaveTextContent('31 May 2025');
    expect(declarationDate()).toHaveAttribute('datetime', '2025-05-31');
  });
});
