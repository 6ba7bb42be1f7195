// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toCatalogueEntry } from '../../domain/scenario/catalogue';
import type { ScenarioInput } from '../../domain/scenario/schema';
import { fakeScenario } from '../../test-util/fake-scenario';
import { renderWithRouter } from '../../test-util/render';
import { ScenarioCatalogue } from './scenario-catalogue';

const entry = (
  id: string,
  title: string,
  setting: string,
  difficulty: ScenarioInput['difficulty'],
) =>
  toCatalogueEntry(
    fakeScenario((s) => Object.assign(s, { id, title, setting, difficulty })),
    () => undefined,
    '0'.repeat(64),
  );

const entries = [
  entry('passport-a', 'Passport A', 'Passport office counter', 'introductory'),
  entry('passport-b', 'Passport B', 'Passport office counter', 'advanced'),
  entry('benefits-a', 'Benefits A', 'Benefits helpline', 'intermediate'),
  entry('border-a', 'Border A', 'Border control desk', 'advanced'),
];

const titles = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('the scenario filters', () => {
  it('offer every setting and every difficulty, with "all" first', () => {
    renderWithRouter(<ScenarioCatalogue entries={entries} />);
    const setting = screen.getByRole('combobox', { name: 'Setting' });
    expect(
      within(setting)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'All settings',
      'Benefits helpline',
      'Border control desk',
      'Passport office counter',
    ]);
    const difficulty = screen.getByRole('combobox', { name: 'Difficulty' });
    expect(
      within(difficulty)
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value),
    ).toEqual(['', 'introductory', 'intermediate', 'advanced']);
  });

  it('narrow the list at once and update the status', async () => {
    const user = userEvent.setup();
    renderWithRouter(<ScenarioCatalogue entries={entries} />);
    expect(titles()).toHaveLength(4);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 4 of 4 scenarios');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Difficulty' }), 'advanced');
    expect(titles()).toEqual(['Passport B', 'Border A']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 4 scenarios');

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Setting' }),
      'Passport office counter',
    );
    expect(titles()).toEqual(['Passport B']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 4 scenarios');
  });

  it('say when nothing matches and offer a way back to everything', async () => {
    const user = userEvent.setup();
    renderWithRouter(<ScenarioCatalogue entries={entries} />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Setting' }),
      'Benefits helpline',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Difficulty' }), 'advanced');
    expect(titles()).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 4 scenarios');
    await user.click(screen.getByRole('button', { name: 'Show all scenarios' }));
    expect(titles()).toHaveLength(4);
    expect(screen.getByRole('combobox', { name: 'Setting' })).toHaveValue('');
  });
});
