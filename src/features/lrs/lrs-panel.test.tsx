// @vitest-environment jsdom
// The Learning Record Store panel and its settings dialog, as a learner uses them: every field
// labelled, each mistake named beside its field, the settings saved only in this browser, and
// sending turned off again. fake-indexeddb gives the sender, once it starts, a database.
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY } from '../../lrs/lrs-settings';
import { LrsPanel } from './lrs-panel';

afterEach(() => {
  localStorage.removeItem(SETTINGS_KEY);
  vi.restoreAllMocks();
});

async function openSettings() {
  const user = userEvent.setup();
  render(<LrsPanel />);
  const panel = screen.getByRole('region', { name: 'Learning Record Store' });
  await user.click(within(panel).getByRole('button', { name: 'LRS settings' }));
  const dialog = await screen.findByRole('dialog', { name: 'Learning Record Store settings' });
  return { user, panel, dialog: within(dialog) };
}

describe('the LRS panel', () => {
  it('says no LRS is set up, and sends nothing', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    render(<LrsPanel />);
    expect(screen.getByText(/^Not set up: your sessions stay in this browser\./)).toBeVisible();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('names each missing or wrong field beside it, and saves nothing until all are right', async () => {
    const { user, dialog } = await openSettings();
    expect(dialog.getByLabelText('Endpoint')).toHaveFocus();
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(dialog.getByLabelText('Endpoint')).toHaveAttribute('aria-invalid', 'true');
    expect(dialog.getByLabelText('Endpoint')).toHaveAccessibleDescription(
      'The LRS’s xAPI address, such as https://lrs.example.org/xAPI Enter the LRS endpoint.',
    );
    expect(dialog.getByLabelText('Key', { selector: 'input' })).toHaveAccessibleDescription(
      'The username or key your college gave you. Enter the key.',
    );
    expect(dialog.getByLabelText('Secret', { selector: 'input' })).toHaveAccessibleDescription(
      'The password or secret that goes with the key. Enter the secret.',
    );
    await user.type(dialog.getByLabelText('Endpoint'), 'lrs.example.org');
    await user.click(dialog.getByRole('button', { name: 'Test connection' }));
    expect(
      dialog.getByText(
        'Enter the endpoint as a full web address, such as https://lrs.example.org/xAPI.',
      ),
    ).toBeVisible();
    expect(localStorage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it('warns that http:// sends the secret unencrypted, unless the LRS is on this computer', async () => {
    const { user, dialog } = await openSettings();
    await user.type(dialog.getByLabelText('Endpoint'), 'http://lrs.example.org/xAPI');
    expect(dialog.getByText(/would cross the network\s+unencrypted/)).toBeVisible();
    await user.clear(dialog.getByLabelText('Endpoint'));
    await user.type(dialog.getByLabelText('Endpoint'), 'http://127.0.0.1:8080/xAPI');
    expect(dialog.queryByText(/unencrypted/)).toBeNull();
  });

  it('keeps the settings in this browser, shows what is waiting, and turns sending off again', async () => {
    const { user, dialog, panel } = await openSettings();
    await user.type(dialog.getByLabelText('Endpoint'), 'https://lrs.example.org/xAPI/');
    await user.type(dialog.getByLabelText('Key', { selector: 'input' }), 'k');
    await user.type(dialog.getByLabelText('Secret', { selector: 'input' }), 's');
    expect(dialog.getByLabelText('Secret', { selector: 'input' })).toHaveAttribute(
      'type',
      'password',
    );
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toEqual({
      endpoint: 'https://lrs.example.org/xAPI',
      key: 'k',
      secret: 's',
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await within(panel).findByText('Nothing is waiting to send.')).toBeVisible();

    await user.click(within(panel).getByRole('button', { name: 'LRS settings' }));
    const again = within(await screen.findByRole('dialog'));
    expect(again.getByLabelText('Endpoint')).toHaveValue('https://lrs.example.org/xAPI');
    await user.click(again.getByRole('button', { name: 'Turn off sending' }));
    expect(localStorage.getItem(SETTINGS_KEY)).toBeNull();
    expect(within(panel).getByText(/^Not set up/)).toBeVisible();
  });

  it('says when the saved settings are damaged, and treats them as none', () => {
    localStorage.setItem(SETTINGS_KEY, '{"endpoint": 3}');
    render(<LrsPanel />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The LRS is off: the saved LRS settings cannot be used: endpoint is missing. Enter the settings again.',
    );
    expect(screen.getByText(/^Not set up/)).toBeVisible();
  });
});
