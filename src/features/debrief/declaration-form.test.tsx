// @vitest-environment jsdom
// The authenticity declaration: specific, linked errors when the account is not ready or the form
// is incomplete; a valid signature stored on the record; any later change clears it and says so;
// once signed, the account downloads as a text file with the learner's text and the declaration.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { runtime } from '../../app/runtime';
import { authorship } from '../../domain/reflection/authorship';
import { DECLARATION_STATEMENT } from '../../domain/reflection/declaration';
import { PROMPT_MARKER, unfilledPrompts } from '../../domain/reflection/plain-text';
import { useSessions } from '../../store/sessions-store';
import { stored } from '../play/test-screens';
import { expectedDraft, openAssessedDebrief, unitsOf } from './assessment-test-kit';
import { shareSentence } from './reflection-authorship';

const NOW = Date.UTC(2025, 2, 14, 10, 30);

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

async function openSigned() {
  vi.spyOn(runtime, 'now').mockReturnValue(NOW);
  const user = userEvent.setup();
  const opened = await openAssessedDebrief('best', 'Sam Patel');
  const draft = expectedDraft(opened.scenario, opened.record, unitsOf(opened.scenario)[0]!);
  const final = answered(draft);
  await user.clear(editor());
  await user.click(editor());
  await user.paste(final);
  await user.click(screen.getByRole('checkbox', { name: 'I confirm this is my own work' }));
  await user.click(sign());
  await screen.findByText('Signed by Sam Patel on 14 March 2025');
  return { ...opened, user, draft, final };
}

describe('the declaration', () => {
  it('shows the statement, the learner’s name and today’s date', async () => {
    vi.spyOn(runtime, 'now').mockReturnValue(NOW);
    await openAssessedDebrief('best', 'Sam Patel');
    const section = within(screen.getByRole('region', { name: 'Declaration' }));
    expect(section.getByText(DECLARATION_STATEMENT)).toBeVisible();
    expect(section.getByRole('textbox', { name: 'Your name' })).toHaveValue('Sam Patel');
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
    expect(stored(record.id)?.reflection?.declaration ?? null).toBeNull();
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

  it('stores a valid declaration and shows who signed, when, and their share of the words', async () => {
    const { record, draft, final } = await openSigned();
    await waitFor(() =>
      expect(stored(record.id)?.reflection).toMatchObject({
        final,
        declaration: { name: 'Sam Patel', date: '2025-03-14', statement: DECLARATION_STATEMENT },
      }),
    );
    expect(
      screen.getByText(`Authored share at signing: ${shareSentence(authorship(draft, final))}.`),
    ).toBeVisible();
    expect(screen.getByText('Signed by Sam Patel on 14 March 2025').parentElement).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Sign the declaration' })).toBeNull();
  });

  it('clears the signature when the account changes afterwards, and says so', async () => {
    const { user, record } = await openSigned();
    await user.type(editor(), ' One more thought.');
    expect(
      await screen.findByText('You changed the account after signing, so it needs signing again.'),
    ).toBeVisible();
    expect(screen.queryByText(/^Signed by/)).toBeNull();
    expect(sign()).toBeVisible();
    expect(
      screen.getByRole('checkbox', { name: 'I confirm this is my own work' }),
    ).not.toBeChecked();
    await waitFor(() =>
      expect(stored(record.id)?.reflection).toMatchObject({
        final: editor().value,
        declaration: null,
      }),
    );
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
